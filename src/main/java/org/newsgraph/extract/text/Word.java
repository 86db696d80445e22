package org.newsgraph.extract.text;

import org.newsgraph.model.Token;

/**
 * A word as the extractor sees it: a token of the nlp stage with its index in the sentence. Offsets are UTF-16
 * indices into the article text.
 */
public record Word(String text, int start, int end, String pos, String lemma, String tag, String entity, int head,
            String relation) {
    static Word of(Token t) {
        return new Word(t.text(), t.start(), t.end(), t.pos(), t.lemma(), t.tag(), t.entity(), t.head(),
                t.relation());
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isProperNoun() {
        return pos.startsWith("PROPN");
    }

    public boolean isPossessive() {
        return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019");
    }

    public boolean isHyphen() {
        return text.equals("-") || text.equals("\u2013") || text.equals("\u2010") || text.equals("\u2014");
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    public boolean isPunctuation() {
        return pos.equals("PUNCT");
    }
}
