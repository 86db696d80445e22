package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A graph as one reader saw one file: whether directed, each node's label, Wikidata IRI and date, and each edge as
 * source, target, interaction, first and last date (null where absent), sorted so two readings compare as lists.
 *
 * @param who which reader read which file, for messages
 */
record Reading(String who, boolean directed, Map<String, Node> nodes, List<List<String>> edges) {
    /** A node's values; a null label means only "some label" is expected (event nodes, whose label is composed). */
    record Node(String label, String wikidata, String date) {
    }

    static Reading of(String who, boolean directed, Map<String, Node> nodes, List<List<String>> edges) {
        List<List<String>> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparing(Reading::sortKey));
        return new Reading(who, directed, new TreeMap<>(nodes), List.copyOf(sorted));
    }

    /** One line of read_graphs.py's output. */
    static Reading fromJson(JsonObject line) {
        Map<String, Node> nodes = new TreeMap<>();
        line.getAsJsonObject("nodes").entrySet().forEach(n -> {
            JsonObject v = n.getValue().getAsJsonObject();
            nodes.put(n.getKey(), new Node(text(v.get("label")), text(v.get("wikidata")), text(v.get("date"))));
        });
        List<List<String>> edges = new ArrayList<>();
        line.getAsJsonArray("edges").forEach(e -> {
            List<String> edge = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> edge.add(text(x)));
            edges.add(edge);
        });
        String who = line.get("reader").getAsString() + " reading " + line.get("file").getAsString();
        return of(who, line.get("directed").getAsBoolean(), nodes, edges);
    }

    static List<String> edge(String source, String target, String interaction, String first, String last) {
        return Arrays.asList(source, target, interaction, first, last);
    }

    /** Asserts that this reading is the expected graph: same nodes with their values, same edges. */
    void assertSameGraphAs(Reading expected) {
        assertTrue(directed, who + " read an undirected graph");
        assertEquals(expected.nodes.keySet(), nodes.keySet(), who + ": nodes");
        expected.nodes.forEach((id, want) -> {
            Node got = nodes.get(id);
            if (want.label() == null) {
                assertFalse(got.label() == null || got.label().isBlank(), who + ": no label on " + id);
            } else {
                assertEquals(want.label(), got.label(), who + ": label of " + id);
            }
            assertEquals(want.wikidata(), got.wikidata(), who + ": Wikidata IRI of " + id);
            assertEquals(want.date(), got.date(), who + ": date of " + id);
        });
        assertEquals(expected.edges, edges, who + ": edges (source, target, interaction, first, last)");
    }

    private static String sortKey(List<String> edge) {
        return String.join("\u0000", edge.stream().map(x -> x == null ? "" : x).toList());
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
