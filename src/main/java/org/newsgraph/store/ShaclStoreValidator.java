package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.Vocab;

/** SHACL over the union graph plus a SPARQL check of one status per event in each article graph. */
final class ShaclStoreValidator implements StoreValidator {
    private static final String SHAPES = "/ontology/shapes.ttl";
    private static final int MAX_GRAPHS = 3;
    private static final String ONE_STATUS = """
            PREFIX nk: <https://w3id.org/newsgraph/ns#>
            SELECT ?g ?e ?class (COUNT(DISTINCT ?status) AS ?n)
                   (GROUP_CONCAT(DISTINCT STR(?status); separator=" ") AS ?values)
            WHERE {
              GRAPH ?g { ?e a ?class . FILTER(?class IN (nk:Meeting, nk:PunitiveMeasure)) }
              OPTIONAL { GRAPH ?g { ?e nk:status ?status } }
            }
            GROUP BY ?g ?e ?class
            HAVING (COUNT(DISTINCT ?status) != 1)
            ORDER BY ?g ?e""";

    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private ShaclStoreValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping())
                .setNsPrefix("id", Vocab.ID).lock();
    }

    static ShaclStoreValidator bundled() {
        try (InputStream in = ShaclStoreValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new NewsGraphException("the shapes " + SHAPES + " are missing from the class path");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShaclStoreValidator(g);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read the shapes " + SHAPES + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ValidationResult validate(Store store) {
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Violation> out = new ArrayList<>();
            for (ReportEntry e : ShaclValidator.get().validate(shapes, dsg.getUnionGraph()).getEntries()) {
                out.add(violation(dsg, e));
            }
            out.addAll(statusViolations(dataset));
            return new ValidationResult(out);
        });
    }

    private Violation violation(DatasetGraph dsg, ReportEntry e) {
        Node predicate = e.resultPath() instanceof P_Link link ? link.getNode() : Node.ANY;
        Node value = e.value() == null ? Node.ANY : e.value();
        String path = e.resultPath() == null ? "" : predicate == Node.ANY ? e.resultPath().toString()
                : show(predicate);
        return new Violation(show(e.focusNode()), path, e.message(), e.value() == null ? "" : show(e.value()),
                graphs(dsg, e.focusNode(), predicate, value), show(e.sourceConstraintComponent()));
    }

    /** The named graphs that state the offending triple, or failing that anything about the focus node. */
    private List<String> graphs(DatasetGraph dsg, Node focus, Node predicate, Node value) {
        TreeSet<String> names = new TreeSet<>();
        collect(dsg.find(Node.ANY, focus, predicate, value), names);
        if (names.isEmpty()) {
            collect(dsg.find(Node.ANY, focus, Node.ANY, Node.ANY), names);
        }
        return names.stream().limit(MAX_GRAPHS).toList();
    }

    private void collect(Iterator<Quad> quads, TreeSet<String> names) {
        while (quads.hasNext() && names.size() <= MAX_GRAPHS) {
            Node g = quads.next().getGraph();
            if (g.isURI() && !Quad.isDefaultGraph(g)) {
                names.add(show(g));
            }
        }
    }

    private List<Violation> statusViolations(Dataset dataset) {
        List<Violation> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(ONE_STATUS).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(statusViolation(row)));
        }
        return out;
    }

    private Violation statusViolation(QuerySolution row) {
        String what = row.getResource("class").getURI().endsWith("#Meeting") ? "meeting" : "punitive measure";
        long n = row.getLiteral("n").getLong();
        String values = String.join(" ", java.util.Arrays.stream(row.getLiteral("values").getString().split(" "))
                .filter(v -> !v.isEmpty()).map(prefixes::shortForm).toList());
        return new Violation(show(row.getResource("e").asNode()), "nk:status",
                "a " + what + " needs exactly one status in each article graph, this one has " + n, values,
                List.of(show(row.getResource("g").asNode())), "one status per article graph");
    }

    private String show(Node n) {
        return FmtUtils.stringForNode(n, prefixes);
    }
}
