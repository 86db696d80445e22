package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestListener;
import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

/** {@code validate} passes the samples' store and names the node of each defect written into a copy of it. */
class ValidateIT {
    private static final String PREFIXES = """
            PREFIX nk: <https://w3id.org/newsgraph/ns#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    @TempDir
    static Path dir;
    static Path samples;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void ingestSamples() {
        samples = dir.resolve("samples-db");
        try (Store store = Store.open(samples)) {
            NewsGraph.builder().threads(1).build().ingest(List.of(Path.of("samples")), store, IngestListener.SILENT);
        }
    }

    @Test
    void validate_sampleStore_conformsWithExitZero() {
        Run r = validate(samples);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void validate_evidenceBeginNotBeforeEnd_exitsOneAndNamesTheEvidence() throws IOException {
        Path db = copy("bad-offsets");
        Map<String, Node> evidence;
        try (Store store = Store.open(db)) {
            evidence = first(store, "SELECT ?g ?e ?end WHERE { GRAPH ?g { ?e a nk:Evidence ; nif:endIndex ?end } }"
                    + " ORDER BY ?e LIMIT 1");
            replace(store, evidence, Vocab.Nif.beginIndex.asNode(), NodeFactory.createLiteralDT(
                    evidence.get("end").getLiteralLexicalForm(), XSDDatatype.XSDinteger));
        }
        Run r = validate(db);
        assertEquals(1, r.code(), r.out());
        String key = local(evidence.get("e").getURI());
        assertTrue(r.out().contains("violation 1: id:" + key), r.out());
        assertTrue(r.out().contains("nif:beginIndex"), r.out());
        assertTrue(r.out().contains("id:" + local(evidence.get("g").getURI())), "graph not named: " + r.out());
    }

    @Test
    void validate_meetingWithMeasureStatus_exitsOneAndNamesTheMeeting() throws IOException {
        Path db = copy("bad-status");
        Map<String, Node> meeting;
        try (Store store = Store.open(db)) {
            meeting = first(store, "SELECT ?g ?e WHERE { GRAPH ?g { ?e a nk:Meeting } } ORDER BY ?e LIMIT 1");
            replace(store, meeting, Vocab.status.asNode(), Vocab.concept("status", "imposed").asNode());
        }
        Run r = validate(db);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("id:" + local(meeting.get("e").getURI())), r.out());
        assertTrue(r.out().contains("nkv:status-imposed"), r.out());
    }

    @Test
    void validate_twoStatusesInOneArticleGraph_isReportedForThatGraph() throws IOException {
        Path db = copy("two-statuses");
        Map<String, Node> meeting;
        try (Store store = Store.open(db)) {
            meeting = first(store, "SELECT ?g ?e WHERE { GRAPH ?g { ?e a nk:Meeting ; nk:status ?s } }"
                    + " ORDER BY ?e LIMIT 1");
            Node extra = Vocab.concept("status", "cancelled").asNode();
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(
                    meeting.get("g"), meeting.get("e"), Vocab.status.asNode(),
                    extra));
        }
        Run r = validate(db);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("exactly one status in each article graph"), r.out());
        assertTrue(r.out().contains("id:" + local(meeting.get("e").getURI())), r.out());
    }

    @Test
    void validate_missingStore_isOneUsageErrorLine() {
        Run r = validate(dir.resolve("nothing"));
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: no store"), r.err());
    }

    private static Run validate(Path db) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new ByteArrayOutputStream())).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute("validate", "--db", db.toString());
        return new Run(code, out.toString(), err.toString());
    }

    /** The first row, read inside the transaction: TDB2 rows resolve their nodes lazily. */
    private static Map<String, Node> first(Store store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + select).build()) {
                QuerySolution row = qe.execSelect().next();
                Map<String, Node> nodes = new HashMap<>();
                row.varNames().forEachRemaining(v -> nodes.put(v, row.get(v).asNode()));
                return nodes;
            }
        });
    }

    /** Replaces the property's values on the row's node ?e in the row's graph ?g. */
    private static void replace(Store store, Map<String, Node> row, Node property, Node value) {
        Node g = row.get("g");
        Node e = row.get("e");
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.deleteAny(g, e, property, Node.ANY);
            dsg.add(g, e, property, value);
        });
    }

    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(samples)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, target.resolve(samples.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    private static String local(String iri) {
        return iri.substring(Vocab.ID.length());
    }
}
