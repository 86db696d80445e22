package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.store.Store;

/**
 * The exports of the samples read by the libraries researchers analyse networks with: networkx (GEXF, GraphML,
 * Cytoscape JSON), igraph (GraphML) and jgrapht (GEXF, GraphML, DOT) must each read the graph the store holds, with
 * the same nodes, labels, Wikidata IRIs and dates, the same ties of each kind, measures pointing from imposer to
 * target and every meeting tie both ways. networkx and igraph are Debian's ({@code python3-networkx},
 * {@code python3-igraph}, which .ci/run installs); without them the test is skipped, except in CI.
 */
class ExportReadersIT {
    private static final Path READ_GRAPHS = Path.of("src/test/resources/export/read_graphs.py");
    private static final Path MOST_MET_EXAMPLE = Path.of("docs/most-met.py");
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");

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
    void networkxAndIgraph_everyFileOfTheView_readTheStoresGraph(GraphView view) throws Exception {
        List<String> command = new ArrayList<>(List.of(python(), READ_GRAPHS.toString()));
        for (ExportFormat format : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.CYTOSCAPE)) {
            command.add(export(format, view).toString());
        }
        List<String> lines = run(command).lines().toList();
        assertEquals(4, lines.size(), "one reading per file and reader: " + lines);
        Reading expected = expected(view);
        for (String line : lines) {
            Reading.fromJson(JsonParser.parseString(line).getAsJsonObject()).assertSameGraphAs(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(GraphView.class)
    void jgrapht_gexfGraphmlAndDotOfTheView_readTheStoresGraph(GraphView view) throws Exception {
        Reading expected = expected(view);
        for (ExportFormat format : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.DOT)) {
            JgraphtReading.read(format, export(format, view)).assertSameGraphAs(expected);
        }
    }

    @Test
    void mostMetExample_listsTheActorsWithTheMostMeetingPartnersInTheStore() throws Exception {
        Map<String, Integer> partners = new HashMap<>();
        for (List<String> edge : StoreGraph.actors(store).edges()) {
            if (edge.get(2).equals("met")) {
                partners.merge(edge.get(0), 1, Integer::sum);
            }
        }
        Map<String, Reading.Node> names = StoreGraph.entities(store);
        List<String> expected = partners.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(5).map(e -> names.get(e.getKey()).label() + "\t" + e.getValue()).toList();
        String out = run(List.of(python(), MOST_MET_EXAMPLE.toString(),
                export(ExportFormat.GEXF, GraphView.ACTORS).toString()));
        assertEquals(expected, out.lines().toList());
    }

    private static Reading expected(GraphView view) {
        return view == GraphView.ACTORS ? StoreGraph.actors(store) : StoreGraph.events(store);
    }

    /** The export of the whole store, named with the extension each reader expects (.cyjs for Cytoscape). */
    private static Path export(ExportFormat format, GraphView view) throws IOException {
        String extension = format == ExportFormat.CYTOSCAPE ? "cyjs" : format.name().toLowerCase(Locale.ROOT);
        Path file = dir.resolve(view.name().toLowerCase(Locale.ROOT) + "." + extension);
        try (OutputStream out = Files.newOutputStream(file)) {
            GraphExport.of(store).write(ExportRequest.of(format, view), out);
        }
        return file;
    }

    /** Runs a command and returns its standard output; it must end well within a minute. */
    private static String run(List<String> command) throws Exception {
        Path err = Files.createTempFile(dir, "python-", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end");
        }
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(err));
        return out;
    }

    /** The first Python that imports both networkx and igraph; CI must have one, elsewhere the test is skipped. */
    private static String python() throws InterruptedException {
        for (String candidate : PYTHONS) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import networkx, igraph")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next candidate
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("no Python with networkx and igraph, but CI must read the exports with them"
                    + " (.ci/run installs python3-networkx and python3-igraph)");
        }
        Assumptions.abort("no Python with networkx and igraph: skipping (apt-get install python3-networkx"
                + " python3-igraph)");
        return null;
    }
}
