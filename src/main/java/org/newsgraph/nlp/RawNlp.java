package org.newsgraph.nlp;

/**
 * The four OpenNLP stages the annotator runs (sentence, token, POS, lemma), run bare on a text: no line
 * splitting, no sentence merging, no records. The benchmark's baseline. Not thread-safe: one per thread.
 */
public interface RawNlp {
    /** Runs the four stages over the text and returns how many tokens it found. */
    int run(String text);
}
