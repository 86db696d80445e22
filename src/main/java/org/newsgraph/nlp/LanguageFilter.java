package org.newsgraph.nlp;

import java.util.Optional;

/**
 * Tells the articles in another language from the English ones, so that only English articles are analysed.
 * Unsure means English: a short text (a headline, a brief full of names) is analysed rather than dropped.
 * Not thread-safe: one per thread.
 */
public interface LanguageFilter {
    /** Lets every text through: for callers that know their texts are English. */
    LanguageFilter NONE = text -> Optional.empty();

    /** The ISO 639-3 code ("deu", "fra") of a text surely not in English; empty for English or when unsure. */
    Optional<String> otherLanguage(String text);

    /** OpenNLP's language detector (103 languages); its model is loaded once per process, when first needed. */
    static LanguageFilter openNlp() {
        return new OpenNlpLanguageFilter();
    }
}
