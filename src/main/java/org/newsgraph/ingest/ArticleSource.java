package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles read from files and folders: {@code .txt} with an optional {@code .json} sidecar, {@code .jsonl}
 * feeds, {@code .html} pages and {@code .warc}/{@code .warc.gz} web archives; and from RSS and Atom feeds, by URL
 * or file. One bad article (or feed) is a {@link SourceItem.Failed}, never an exception; a record that is no
 * article is a {@link SourceItem.Skipped}.
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

    /** The items of RSS and Atom feeds, each an {@code http(s)} URL or a file path, in the order given. */
    static ArticleSource feeds(List<String> locations, long maxArticleBytes) {
        return new FeedArticleSource(locations, maxArticleBytes);
    }

    /** The items of one source, then those of the other. */
    static ArticleSource concat(ArticleSource first, ArticleSource second) {
        return () -> {
            Stream<SourceItem> a = first.items();
            Stream<SourceItem> b = second.items();
            return Stream.concat(a, b);
        };
    }
}
