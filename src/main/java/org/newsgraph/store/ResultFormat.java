package org.newsgraph.store;

import java.util.Locale;

/** How query results are written: the SPARQL 1.1 result formats, or a text table for reading. */
public enum ResultFormat {
    CSV, TSV, JSON, TEXT;

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be csv, tsv, json or text, was " + name, e);
        }
    }
}
