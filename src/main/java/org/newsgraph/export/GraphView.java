package org.newsgraph.export;

/** Which projection of the knowledge graph an export draws. */
public enum GraphView {
    /** People, countries and organizations, joined by "met" and "sanctioned" edges. */
    ACTORS,
    /** The actors plus meetings and measures as nodes of their own, so n-ary facts stay whole. */
    EVENTS;

    /** The view named by a word such as {@code actors}, in any case. */
    public static GraphView parse(String word) {
        for (GraphView v : values()) {
            if (v.name().equalsIgnoreCase(word)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + word + "', expected actors or events");
    }
}
