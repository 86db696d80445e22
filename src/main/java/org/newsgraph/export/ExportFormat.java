package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats an export can write. */
public enum ExportFormat {
    /** GEXF 1.2 for Gephi, with dates for its timeline. */
    GEXF,
    /** GraphML for yEd, Cytoscape and Gephi. */
    GRAPHML,
    /** Graphviz DOT. */
    DOT,
    /** Cytoscape JSON ({@code .cyjs}), also read by cytoscape.js. */
    CYTOSCAPE;

    /** The format named by a word such as {@code gexf}, in any case. */
    public static ExportFormat parse(String word) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(word)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + word + "', expected one of " + words());
    }

    static String words() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
