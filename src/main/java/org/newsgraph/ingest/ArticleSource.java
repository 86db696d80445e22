package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles read from files and folders: {@code .txt} with an optional {@code .json} sidecar, {@code .jsonl}
 * feeds, {@code .html} pages and {@code .warc}/{@code .warc.gz} web archives. One bad article is a
 * {@link SourceItem.Failed}, never an exception; a record that is no article is a {@link SourceItem.Skipped}.
 */
public interface ArticleSource {
    /** Default limit on one article's size: 10 MB. */
    long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    /**
     * The items of every path, lazily and in a stable order (folders recursively, sorted by path), so that
     * memory does not grow with the number of articles. The stream must be closed.
     */
    Stream<SourceItem> items();

    static ArticleSource of(List<Path> paths, long maxArticleBytes) {
        return new FileArticleSource(paths, maxArticleBytes);
    }
}
