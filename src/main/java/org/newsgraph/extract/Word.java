package org.newsgraph.extract;

/**
 * A word as the extractor sees it: an OpenNLP token, or part of one where the tokenizer keeps a possessive or a
 * hyphenated pair together ("Russia's", "U.S.-Russia"). Offsets are UTF-16 indices into the article text.
 */
record Word(String text, int start, int end, String pos, String lemma) {
    boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isProperNoun() {
        return pos.startsWith("PROPN");
    }

    boolean isPossessive() {
        return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019");
    }

    boolean isHyphen() {
        return text.equals("-") || text.equals("\u2013") || text.equals("\u2010") || text.equals("\u2014");
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isPunctuation() {
        return pos.equals("PUNCT");
    }
}
