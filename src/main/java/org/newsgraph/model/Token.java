package org.newsgraph.model;

/**
 * A token with its part of speech, lemma, named-entity tag and dependency arc. Offsets are UTF-16 indices into
 * the article text, end exclusive (the rdf stage writes code points). Possessive endings and the parts of a
 * hyphenated word are tokens of their own ("Russia" "'s", "Jae" "-" "myung"), as the parser expects.
 *
 * @param text     the token as written
 * @param start    offset of its first character
 * @param end      offset after its last character
 * @param pos      Universal Dependencies part of speech (PROPN, VERB, ...)
 * @param lemma    base form, lowercase for words the lemmatizer does not know
 * @param tag      Penn Treebank tag (NNP, VBD, VBN, MD, ...), which tells tense and voice
 * @param entity   OntoNotes named-entity tag in BILOU form (B-PERSON, L-PERSON, U-GPE) or "O"
 * @param head     index of the token's syntactic head in the sentence, -1 for the root or when not parsed
 * @param relation dependency label (nsubj, dobj, prep, pobj, appos, conj, ...), "root", or "" when not parsed
 */
public record Token(String text, int start, int end, String pos, String lemma, String tag, String entity, int head,
                    String relation) {
    /** A token before tagging and parsing: no Penn tag, no entity, no arc. */
    public static Token of(String text, int start, int end, String pos, String lemma) {
        return new Token(text, start, end, pos, lemma, "", "O", -1, "");
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the parser gave this token an arc (only sentences worth parsing are parsed). */
    public boolean isParsed() {
        return !relation.isEmpty();
    }
}
