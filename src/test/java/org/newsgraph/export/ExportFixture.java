package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.IngestListener;
import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

/** The sample articles in a store, plus one meeting of a person whose name needs escaping in every format. */
final class ExportFixture {
    static final String AWKWARD_NAME = "Иван \"Ваня\" <Петров> & O'Brien";
    static final String AWKWARD_ID = "per-n-ivan-petrov-0123456789";
    static final String PUTIN_ID = "Q7747";

    private ExportFixture() {
    }

    static Store sampleStore(Path dir) {
        Store store = Store.open(dir.resolve("db"));
        NewsGraph.builder().threads(1).build().ingest(List.of(Path.of("samples")), store, IngestListener.SILENT);
        Txn.executeWrite(store.dataset(), () -> addAwkwardMeeting(store.dataset().asDatasetGraph()));
        return store;
    }

    /** A meeting with Putin on 2025-03-01, written directly so its participant's name can hold any character. */
    private static void addAwkwardMeeting(DatasetGraph dsg) {
        Node entities = id("g-entities");
        Node person = id(AWKWARD_ID);
        dsg.add(entities, person, RDF.type.asNode(), Vocab.Schema.Person.asNode());
        dsg.add(entities, person, Vocab.Schema.name.asNode(), NodeFactory.createLiteralLang(AWKWARD_NAME, "en"));
        Node graph = id("g-art-escaping");
        Node meeting = id("mtg-escaping0123456");
        dsg.add(graph, meeting, RDF.type.asNode(), Vocab.Meeting.asNode());
        dsg.add(graph, meeting, Vocab.participant.asNode(), person);
        dsg.add(graph, meeting, Vocab.participant.asNode(), id(PUTIN_ID));
        dsg.add(graph, meeting, Vocab.kind.asNode(), Vocab.concept("kind", "call").asNode());
        dsg.add(graph, meeting, Vocab.status.asNode(), Vocab.concept("status", "happened").asNode());
        dsg.add(graph, meeting, Vocab.Schema.startDate.asNode(),
                NodeFactory.createLiteralDT("2025-03-01", XSDDatatype.XSDdate));
    }

    static Node id(String key) {
        return NodeFactory.createURI(Vocab.ID + key);
    }

    static Path export(Store store, Path dir, ExportFormat format, GraphView view, LocalDate from, LocalDate to)
            throws IOException {
        Path file = dir.resolve(view + "-" + from + "-" + to + "." + format.name().toLowerCase(java.util.Locale.ROOT));
        try (OutputStream out = Files.newOutputStream(file)) {
            GraphExport.of(store).write(new ExportRequest(format, view, from, to, false), out);
        }
        return file;
    }

    /** A count from a SELECT with one variable ?n over the store. */
    static long count(Store store, String select) {
        String prefixes = """
                PREFIX nk: <https://w3id.org/newsgraph/ns#>
                PREFIX id: <https://w3id.org/newsgraph/id/>
                PREFIX schema: <http://schema.org/>
                """;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(prefixes + select).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
