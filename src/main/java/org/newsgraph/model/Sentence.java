package org.newsgraph.model;

import java.util.List;

/** A sentence: its 0-based index in the article, its span (UTF-16 offsets, end exclusive) and tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Whether the dependency parser read this sentence (it reads only those that may state a fact). */
    public boolean isParsed() {
        return !tokens.isEmpty() && tokens.get(0).isParsed();
    }
}
