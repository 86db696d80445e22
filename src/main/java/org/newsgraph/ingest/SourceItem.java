package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.model.Article;

/**
 * What reading one article gives: the article (with any warnings about its metadata), a failure, or an item that
 * is no article by design (a request record of a web archive, a redirect, a PDF) and is only counted.
 */
public sealed interface SourceItem {
    /** Where the item was read from: a path, and for jsonl a line number ("feed.jsonl:12"). */
    String origin();

    record Read(Article article, List<String> warnings) implements SourceItem {
        public Read {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    record Failed(String origin, String reason) implements SourceItem {
    }

    /**
     * Passed over on purpose. {@code kind} is a short phrase that reports count by ("redirect", "not HTML");
     * {@code detail} says more about this one item.
     */
    record Skipped(String origin, String kind, String detail) implements SourceItem {
    }
}
