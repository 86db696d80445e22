package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A folder searched recursively, depth first and sorted by name within each folder, one folder listing at a time:
 * gives the items of each article file in turn, or a failure for a folder that cannot be listed. Links to folders
 * are not followed, so a link cycle cannot trap the walk.
 */
final class FolderWalk implements Iterator<Iterator<SourceItem>> {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final Path root;
    private final ArticleFiles files;
    private final Deque<Iterator<Path>> listings = new ArrayDeque<>();
    private boolean started;
    private Iterator<SourceItem> next;

    FolderWalk(Path root, ArticleFiles files) {
        this.root = root;
        this.files = files;
    }

    @Override
    public boolean hasNext() {
        if (!started) {
            started = true;
            enter(root);
        }
        while (next == null && !listings.isEmpty()) {
            Iterator<Path> listing = listings.peek();
            if (listing.hasNext()) {
                visit(listing.next());
            } else {
                listings.pop();
            }
        }
        return next != null;
    }

    @Override
    public Iterator<SourceItem> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more files under " + root);
        }
        Iterator<SourceItem> items = next;
        next = null;
        return items;
    }

    private void visit(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            enter(path);
        } else if (ArticleFiles.isArticleFile(path)) {
            next = files.open(path, idOf(root, path));
        }
    }

    private void enter(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            unreadable(folder, e);
            return;
        } catch (DirectoryIteratorException e) {
            unreadable(folder, e.getCause());
            return;
        }
        entries.sort(BY_NAME);
        listings.push(entries.iterator());
    }

    private void unreadable(Path folder, IOException e) {
        String reason = "unreadable folder: " + ArticleBytes.describe(e);
        next = ArticleFiles.one(new SourceItem.Failed(folder.toString(), reason));
    }

    /** The path relative to the root, without extension, with '/' whatever the platform. */
    static String idOf(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < relative.getNameCount(); i++) {
            path.append(i == 0 ? "" : "/").append(relative.getName(i));
        }
        return ArticleSource.idOf(path.toString());
    }
}
