package org.newsgraph.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cytoscape JSON ({@code elements.nodes} and {@code elements.edges}, each with a {@code data} object). Nodes and
 * edges carry the columns Cytoscape's importer fills by default ({@code name}, {@code shared_name},
 * {@code interaction}, {@code shared_interaction}), so its default style labels them; the top-level
 * {@code directed}, {@code multigraph} and {@code data}, each node's {@code value} and each edge's {@code key} are what
 * networkx's {@code cytoscape_graph} needs to read the same directed multigraph back.
 */
final class CytoscapeWriter implements GraphWriter {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Map<String, String> names = new HashMap<>();
        JsonArray nodes = new JsonArray();
        for (Network.Node n : network.nodes()) {
            names.put(n.id(), n.label());
            nodes.add(element(node(n)));
        }
        JsonArray edges = new JsonArray();
        for (Network.Edge e : network.edges()) {
            edges.add(element(edge(e, names)));
        }
        JsonObject elements = new JsonObject();
        elements.add("nodes", nodes);
        elements.add("edges", edges);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        GSON.toJson(root(network, elements), w);
        w.write('\n');
        w.flush();
    }

    private static JsonObject root(Network network, JsonObject elements) {
        JsonObject data = new JsonObject();
        data.addProperty("name", network.name());
        data.addProperty("shared_name", network.name());
        JsonObject root = new JsonObject();
        root.addProperty("format_version", "1.0");
        root.addProperty("generated_by", "newsgraph");
        root.add("data", data);
        root.addProperty("directed", true);
        root.addProperty("multigraph", true);
        root.add("elements", elements);
        return root;
    }

    private static JsonObject node(Network.Node n) {
        JsonObject data = new JsonObject();
        data.addProperty("id", n.id());
        data.addProperty("value", n.id());
        data.addProperty("name", n.label());
        data.addProperty("shared_name", n.label());
        data.addProperty("label", n.label());
        put(data, n.values());
        return data;
    }

    /** An edge named as Cytoscape names its own: "source name (interaction) target name". */
    private static JsonObject edge(Network.Edge e, Map<String, String> names) {
        JsonObject data = new JsonObject();
        data.addProperty("id", e.id());
        data.addProperty("key", e.id());
        data.addProperty("source", e.source());
        data.addProperty("target", e.target());
        String name = names.getOrDefault(e.source(), e.source()) + " (" + e.interaction() + ") "
                + names.getOrDefault(e.target(), e.target());
        data.addProperty("name", name);
        data.addProperty("shared_name", name);
        data.addProperty("shared_interaction", e.interaction());
        put(data, e.values());
        return data;
    }

    private static JsonObject element(JsonObject data) {
        JsonObject element = new JsonObject();
        element.add("data", data);
        return element;
    }

    private static void put(JsonObject data, Map<String, Object> values) {
        values.forEach((name, v) -> {
            if (v instanceof Integer i) {
                data.addProperty(name, i);
            } else if (v instanceof List<?> list) {
                JsonArray array = new JsonArray();
                list.forEach(x -> array.add(String.valueOf(x)));
                data.add(name, array);
            } else {
                data.addProperty(name, String.valueOf(v));
            }
        });
    }
}
