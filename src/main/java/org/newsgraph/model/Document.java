package org.newsgraph.model;

import java.util.List;

/** An article after the NLP stage: its sentences, each with tokens, POS tags and lemmas. */
public record Document(Article article, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
