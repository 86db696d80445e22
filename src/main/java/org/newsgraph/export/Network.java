package org.newsgraph.export;

import java.util.List;
import java.util.Map;

/**
 * A graph ready to be written: nodes and edges with attribute values, and the attributes each may carry.
 * Attribute values are String, Integer or List of String; an absent attribute is simply not in the map.
 */
record Network(String name, List<Attribute> nodeAttributes, List<Attribute> edgeAttributes, List<Node> nodes,
               List<Edge> edges) {

    /** A node; its id is an XML NMTOKEN, its period (or null) places it on a timeline. */
    record Node(String id, String label, Map<String, Object> values, Period period) {
    }

    /** An edge; {@code interaction} names its kind ("met", "sanctioned", "participant", ...). */
    record Edge(String id, String source, String target, String interaction, boolean directed, int weight,
                Map<String, Object> values, Period period) {
    }

    boolean hasDirectedAndUndirected() {
        return edges.stream().anyMatch(Edge::directed) && edges.stream().anyMatch(e -> !e.directed());
    }
}
