package org.newsgraph.model;

/**
 * A token with its part of speech (Universal Dependencies tags, such as PROPN) and lemma.
 * Offsets are UTF-16 indices into the article text, end exclusive.
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
