package org.newsgraph.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/** A GEXF, GraphML or DOT export as jgrapht's importers read it, in the shape of {@link Reading}. */
final class JgraphtReading {
    private JgraphtReading() {
    }

    static Reading read(ExportFormat format, Path file) throws IOException {
        return switch (format) {
            case GEXF -> {
                SimpleGEXFImporter<String, DefaultWeightedEdge> gexf = new SimpleGEXFImporter<>();
                gexf.setVertexFactory(id -> id);
                yield read(gexf, file);
            }
            case GRAPHML -> {
                GraphMLImporter<String, DefaultWeightedEdge> graphml = new GraphMLImporter<>();
                graphml.setVertexFactory(id -> id);
                // jgrapht checks against plain GraphML's schema; YedGraphml checks the yFiles slots.
                graphml.setSchemaValidation(false);
                yield read(graphml, file);
            }
            case DOT -> {
                DOTImporter<String, DefaultWeightedEdge> dot = new DOTImporter<>();
                dot.setVertexFactory(id -> id);
                yield read(dot, file);
            }
            case CYTOSCAPE -> throw new IllegalArgumentException("jgrapht has no Cytoscape JSON importer");
        };
    }

    private static <I extends BaseEventDrivenImporter<String, DefaultWeightedEdge>
            & GraphImporter<String, DefaultWeightedEdge>> Reading read(I importer, Path file) throws IOException {
        Map<String, Map<String, String>> nodeValues = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, String>> edgeValues = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodeValues.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), value(a)));
        importer.addEdgeAttributeConsumer((p, a) -> edgeValues.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), value(a)));
        Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(g, in);
        }
        Map<String, Reading.Node> nodes = new HashMap<>();
        for (String v : g.vertexSet()) {
            Map<String, String> values = nodeValues.getOrDefault(v, Map.of());
            nodes.put(v, new Reading.Node(values.get("label"), values.get("wikidata"), values.get("date")));
        }
        List<List<String>> edges = g.edgeSet().stream().map(e -> {
            Map<String, String> values = edgeValues.getOrDefault(e, Map.of());
            return Reading.edge(g.getEdgeSource(e), g.getEdgeTarget(e), values.get("interaction"),
                    values.get("first"), values.get("last"));
        }).toList();
        return Reading.of("jgrapht reading " + file.getFileName(), g.getType().isDirected(), nodes, edges);
    }

    private static String value(Attribute a) {
        return a == null ? null : a.getValue();
    }
}
