package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Articles read from files and folders, one file at a time; each call of {@link #items()} reads them afresh. */
final class FileArticleSource implements ArticleSource {
    private final List<Path> paths;
    private final long maxArticleBytes;

    FileArticleSource(List<Path> paths, long maxArticleBytes) {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive, was " + maxArticleBytes);
        }
        this.paths = List.copyOf(paths);
        this.maxArticleBytes = maxArticleBytes;
    }

    /**
     * A hand-written iterator rather than flatMap: a stream's iterator() over flatMap buffers a whole inner
     * stream, which would read every file of a folder before handing out the first article.
     */
    @Override
    public Stream<SourceItem> items() {
        ItemIterator iterator = new ItemIterator(paths, new ArticleFiles(maxArticleBytes));
        Spliterator<SourceItem> spliterator = Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(iterator::close);
    }
}
