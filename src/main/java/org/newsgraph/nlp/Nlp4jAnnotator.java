package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;

/**
 * OpenNLP's sentences and tokens, then NLP4J's tags (Penn and Universal), lemmas, named entities and (where the
 * filter says) dependencies.
 */
final class Nlp4jAnnotator implements Annotator {
    private final Annotator tokens;
    private final Nlp4jTagger tagger;

    Nlp4jAnnotator(Annotator tokens, Nlp4jTagger tagger) {
        this.tokens = tokens;
        this.tagger = tagger;
    }

    @Override
    public Document annotate(Article article) {
        Document plain = tokens.annotate(article);
        List<Sentence> sentences = new ArrayList<>(plain.sentences().size());
        for (Sentence s : plain.sentences()) {
            sentences.add(new Sentence(s.index(), s.start(), s.end(), s.text(), tagger.annotate(s.tokens())));
        }
        return new Document(article, sentences);
    }
}
