package org.newsgraph.export;

import java.util.List;
import java.util.Map;

/**
 * A directed graph ready to be written: nodes and edges with attribute values, and the attributes each may carry.
 * Attribute values are String, Integer or List of String; an absent attribute is simply not in the map.
 * A symmetric tie (two actors met) is two edges, one each way, so that every reader sees the same directed graph.
 */
record Network(String name, List<Attribute> nodeAttributes, List<Attribute> edgeAttributes, List<Node> nodes,
               List<Edge> edges) {

    /** A node; its id is an XML NMTOKEN, its period (or null) places it on a timeline. */
    record Node(String id, String label, Map<String, Object> values, Period period) {
    }

    /**
     * An edge; {@code interaction} names its kind ("met", "sanctioned", "participant", ...); {@code symmetric}
     * marks one of the two edges of a symmetric tie, which drawing tools show without arrowheads.
     */
    record Edge(String id, String source, String target, String interaction, boolean symmetric, int weight,
                Map<String, Object> values, Period period) {
    }
}
