package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

    /**
     * The items of one article file, exactly as a folder walk would give them: {@code id} is the id of a
     * {@code .txt} or {@code .html} file (a {@code .txt} file's sidecar is read from beside it); the lines of a
     * {@code .jsonl} file and the records of a web archive carry their own ids. For readers that find the files
     * themselves, such as the Spark job.
     */
    static ArticleSource file(Path file, String id, long maxArticleBytes) {
        ArticleFiles files = new ArticleFiles(maxArticleBytes);
        return () -> {
            ItemIterator iterator = new ItemIterator(List.of(files.open(file, id)).iterator());
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(iterator::close);
        };
    }

    /** Whether a file of this name holds articles: {@code .txt}, {@code .jsonl}, {@code .html}, {@code .warc}... */
    static boolean isArticleName(String fileName) {
        return ArticleFiles.formatOf(Path.of(fileName)) != ArticleFiles.Format.NONE;
    }

    /**
     * The id a folder walk gives a file: its path relative to the folder given, '/'-separated, without the last
     * extension.
     */
    static String idOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return relativePath.substring(0, slash + 1) + ArticleFiles.stem(relativePath.substring(slash + 1));
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
