package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.model.Article;

/** What reading one article gives: the article (with any warnings about its metadata), or a failure. */
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
}
