package org.newsgraph.link;

/** How a name denotes its knowledge-base entry; the extractor weighs a match by it. */
public enum NameKind {
    /** The label or an alias: the name proper. */
    NAME,
    /** A demonym or adjective of a country ("Russian"). */
    DEMONYM,
    /** A place standing for a government ("Moscow", "the Kremlin"). */
    METONYM
}
