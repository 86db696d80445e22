package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT: a digraph with every ID double-quoted and escaped, laid out by neato (sfdp for large networks) with
 * no overlapping nodes; the two edges of a symmetric "met" tie are drawn without arrowheads.
 */
final class DotWriter implements GraphWriter {
    /** Above this many nodes neato's all-pairs distances grow slow, and sfdp's multilevel layout takes over. */
    static final int NEATO_MAX_NODES = 1000;

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph " + quote(network.name()) + " {\n");
        // A network has no ranks, so a force-directed engine draws it; dot would line its components up in a strip.
        String layout = network.nodes().size() <= NEATO_MAX_NODES ? "neato" : "sfdp";
        w.write("  graph [charset=\"UTF-8\", layout=" + layout + ", overlap=false];\n");
        for (Network.Node n : network.nodes()) {
            w.write("  " + quote(n.id()) + " [label=" + quote(n.label())
                    + attributes(n.values(), network.nodeAttributes()) + "];\n");
        }
        for (Network.Edge e : network.edges()) {
            w.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [id=" + quote(e.id())
                    + ", label=" + quote(e.interaction()) + (e.symmetric() ? ", dir=none" : "")
                    + attributes(e.values(), network.edgeAttributes()) + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    private static String attributes(Map<String, Object> values, List<Attribute> attributes) {
        StringBuilder s = new StringBuilder();
        for (Attribute a : attributes) {
            Object v = values.get(a.name());
            if (v != null) {
                s.append(", ").append(a.name()).append('=').append(quote(GraphWriter.text(v)));
            }
        }
        return s.toString();
    }

    /** A DOT double-quoted string: backslash and quote escaped, line breaks as Graphviz's centred-line escape. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> s.appendCodePoint(c);
            }
        });
        return s.append('"').toString();
    }
}
