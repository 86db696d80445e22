package org.newsgraph.nlp;

import org.newsgraph.model.Article;
import org.newsgraph.model.Document;

/**
 * Splits an article into sentences and tokens with POS tags and lemmas, every span keeping its offsets into the
 * article text. An annotator is not thread-safe: each worker thread takes its own from {@link NlpModels}.
 */
public interface Annotator {
    Document annotate(Article article);
}
