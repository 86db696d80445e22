package org.newsgraph.link;

/** Which of a person's names a knowledge-base key was made from; the linker trusts them in this order. */
public enum NameForm {
    /** The Wikidata label. */
    LABEL,
    /** Another Wikidata label or alias. */
    OTHER_LABEL,
    /** A name a source stated for the person. */
    STATED,
    /** First and last word of a longer name, the middle names dropped. */
    FIRST_AND_LAST,
    /** The name with its spaces removed. */
    COMPACT,
    /** The last word alone. */
    SURNAME;

    /** Whether the form is a whole name as somebody wrote it, not one derived from it. */
    public boolean isWhole() {
        return this == LABEL || this == OTHER_LABEL || this == STATED;
    }
}
