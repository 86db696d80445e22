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
import java.util.List;
import java.util.Map;

/** Cytoscape JSON ({@code elements.nodes} and {@code elements.edges}, each with a {@code data} object). */
final class CytoscapeWriter implements GraphWriter {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        JsonArray nodes = new JsonArray();
        for (Network.Node n : network.nodes()) {
            JsonObject data = new JsonObject();
            data.addProperty("id", n.id());
            data.addProperty("label", n.label());
            put(data, n.values());
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (Network.Edge e : network.edges()) {
            JsonObject data = new JsonObject();
            data.addProperty("id", e.id());
            data.addProperty("source", e.source());
            data.addProperty("target", e.target());
            data.addProperty("directed", e.directed());
            put(data, e.values());
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.add("nodes", nodes);
        elements.add("edges", edges);
        JsonObject root = new JsonObject();
        root.addProperty("format_version", "1.0");
        root.addProperty("generated_by", "newsgraph");
        root.add("elements", elements);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        GSON.toJson(root, w);
        w.write('\n');
        w.flush();
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
