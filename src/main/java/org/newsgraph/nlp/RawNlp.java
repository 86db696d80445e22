package org.newsgraph.nlp;

/**
 * NLP stages run bare on a text, as their libraries document them: no line splitting, no sentence merging, no
 * records. The benchmark's baselines. Not thread-safe: one per thread.
 */
public interface RawNlp {
    /** Runs the stages over the text and returns how many tokens they found. */
    int run(String text);
}
