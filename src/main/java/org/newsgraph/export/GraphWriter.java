package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a network in one file format, UTF-8, without closing the stream. */
interface GraphWriter {
    void write(Network network, OutputStream out) throws IOException;

    static GraphWriter of(ExportFormat format) {
        return switch (format) {
            case GEXF -> new GexfWriter();
            case GRAPHML -> new GraphmlWriter();
            case DOT -> new DotWriter();
            case CYTOSCAPE -> new CytoscapeWriter();
        };
    }

    /** A value as text: lists joined with "|", as GraphML, GEXF and DOT have no list type that every tool reads. */
    static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The text without characters XML 1.0 forbids (control characters, lone surrogates). */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }
}
