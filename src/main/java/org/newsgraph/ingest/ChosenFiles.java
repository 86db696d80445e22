package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Some files of a folder, read in the given order, with the ids a walk of the whole folder gives them. */
final class ChosenFiles implements ArticleSource {
    private final Path root;
    private final List<Path> files;
    private final long maxArticleBytes;

    ChosenFiles(Path root, List<Path> files, long maxArticleBytes) {
        this.root = root;
        this.files = List.copyOf(files);
        this.maxArticleBytes = maxArticleBytes;
    }

    @Override
    public Stream<SourceItem> items() {
        ArticleFiles reader = new ArticleFiles(maxArticleBytes);
        Iterator<Path> paths = files.iterator();
        Iterator<Iterator<SourceItem>> opened = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public Iterator<SourceItem> next() {
                Path file = paths.next();
                return reader.open(file, FolderWalk.idOf(root, file));
            }
        };
        ItemIterator iterator = new ItemIterator(opened);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(iterator::close);
    }

    @Override
    public String toString() {
        return files.size() + " files of " + root;
    }
}
