package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id        the article id: the file path relative to the folder given, without extension, or a jsonl line's id
 * @param text      the plain text that every offset downstream refers to
 * @param url       the article's address, or null when its metadata gives none
 * @param title     the headline, or null
 * @param published the publication day, or null; relative dates are resolved against it
 * @param source    the publisher's name, or null
 * @param origin    where it was read from (a path, and a line for jsonl), for messages
 */
public record Article(String id, String text, String url, String title, LocalDate published, String source,
                      String origin) implements java.io.Serializable {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank, read from " + origin);
        }
    }

    /** An article with text only, as tests and the benchmark build them. */
    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null, id);
    }

    public Article withPublished(LocalDate day) {
        return new Article(id, text, url, title, day, source, origin);
    }

    public Article withUrl(String address) {
        return new Article(id, text, address, title, published, source, origin);
    }

    public Article withSource(String publisher) {
        return new Article(id, text, url, title, published, publisher, origin);
    }
}
