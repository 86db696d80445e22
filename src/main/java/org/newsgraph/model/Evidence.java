package org.newsgraph.model;

/**
 * The span of text that supports one fact or one mention.
 *
 * @param sentenceIndex 0-based sentence the span lies in
 * @param start         UTF-16 offset into the article text (inclusive); the rdf stage stores code points
 * @param end           UTF-16 offset (exclusive)
 * @param snippet       the text of the span
 * @param rule          the rule that produced the fact; it decides the confidence
 */
public record Evidence(int sentenceIndex, int start, int end, String snippet, Rule rule) {
    public Evidence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("evidence span must be non-empty, was " + start + ".." + end);
        }
    }

    public double confidence() {
        return rule.confidence();
    }

    public static Evidence of(Sentence sentence, Rule rule) {
        return new Evidence(sentence.index(), sentence.start(), sentence.end(), sentence.text(), rule);
    }
}
