package org.newsgraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The items of all given paths, in order, holding at most one open file and one folder listing per level:
 * each path expands into the files it holds, each file into its items.
 */
final class ItemIterator implements Iterator<SourceItem>, Closeable {
    private final Iterator<Path> roots;
    private final ArticleFiles files;
    private Iterator<Iterator<SourceItem>> fileItems = Collections.emptyIterator();
    private Iterator<SourceItem> items = Collections.emptyIterator();

    ItemIterator(List<Path> roots, ArticleFiles files) {
        this.roots = roots.iterator();
        this.files = files;
    }

    /** The items of files already chosen, each opened when the one before it is done. */
    ItemIterator(Iterator<Iterator<SourceItem>> fileItems) {
        this.roots = Collections.emptyIterator();
        this.files = null;
        this.fileItems = fileItems;
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext()) {
            closeItems();
            if (fileItems.hasNext()) {
                items = fileItems.next();
            } else if (roots.hasNext()) {
                fileItems = expand(roots.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more articles");
        }
        return items.next();
    }

    /** A folder is walked; a file given directly is read whatever folder it is in, its id is its name. */
    private Iterator<Iterator<SourceItem>> expand(Path root) {
        if (Files.isDirectory(root)) {
            return new FolderWalk(root, files);
        }
        if (!Files.exists(root)) {
            return List.of(ArticleFiles.one(new SourceItem.Failed(root.toString(), "no such file or folder")))
                    .iterator();
        }
        if (!ArticleFiles.isArticleFile(root)) {
            // a shell glob over a folder also names its sidecars and gold files: pass over them quietly
            return Collections.emptyIterator();
        }
        String id = ArticleFiles.stem(root.getFileName().toString());
        return List.of(files.open(root, id)).iterator();
    }

    private void closeItems() {
        if (items instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + items, e);
            }
        }
    }

    @Override
    public void close() {
        closeItems();
        items = Collections.emptyIterator();
    }
}
