package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FolderWatch} that rescans the whole folder when woken: by a change event of the java.nio WatchService
 * (every folder registered as the scan meets it), or by the rescan period running out, which catches what events
 * miss (network file systems, a folder created and filled between two scans). Files and sidecars are compared by
 * size and modification time; the folder's files themselves are only read later, by the source handed out.
 */
final class PollingFolderWatch implements FolderWatch {
    /** Change events come in floods while a file is written; one rescan after a short pause serves the flood. */
    private static final long EVENT_PAUSE_MILLIS = 50;

    private record Signature(long size, long modified, long sidecarSize, long sidecarModified) {
    }

    private record Seen(Signature signature, long since) {
    }

    private final Path root;
    private final long maxArticleBytes;
    private final long settleMillis;
    private final long rescanMillis;
    private final WatchService events;
    private final Set<Path> registered = new HashSet<>();
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, Signature> handedOut = new HashMap<>();
    private final List<String> removed = new ArrayList<>();
    private volatile boolean closed;
    private boolean pending;

    PollingFolderWatch(Path root, long maxArticleBytes, Duration settle, Duration rescan) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a folder");
        }
        if (maxArticleBytes <= 0 || settle.isNegative() || rescan.toMillis() <= 0) {
            throw new IllegalArgumentException("maxArticleBytes and rescan must be positive and settle not"
                    + " negative, were " + maxArticleBytes + ", " + rescan + ", " + settle);
        }
        this.root = root;
        this.maxArticleBytes = maxArticleBytes;
        this.settleMillis = settle.toMillis();
        this.rescanMillis = rescan.toMillis();
        this.events = root.getFileSystem().newWatchService();
    }

    @Override
    public ArticleSource next() throws InterruptedException {
        while (!closed) {
            List<Path> ready = scan();
            if (!ready.isEmpty() || !removed.isEmpty()) {
                return new ChosenFiles(root, ready, maxArticleBytes);
            }
            await(pending ? Math.max(settleMillis, EVENT_PAUSE_MILLIS) : rescanMillis);
        }
        return null;
    }

    private void await(long millis) throws InterruptedException {
        try {
            WatchKey key = events.poll(millis, TimeUnit.MILLISECONDS);
            if (key != null) {
                Thread.sleep(EVENT_PAUSE_MILLIS);
            }
            while (key != null) {
                key.pollEvents();
                if (!key.reset()) {
                    registered.remove((Path) key.watchable());
                }
                key = events.poll();
            }
        } catch (ClosedWatchServiceException e) {
            closed = true;
        }
    }

    /** The files that changed and have since settled, sorted by path; they count as handed out from now on. */
    private List<Path> scan() {
        long now = System.currentTimeMillis();
        Map<Path, Signature> present = currentFiles();
        List<Path> ready = new ArrayList<>();
        pending = false;
        present.forEach((file, signature) -> {
            Seen before = seen.get(file);
            if (before == null || !before.signature().equals(signature)) {
                long since = before == null ? Math.min(now, lastChange(signature)) : now;
                seen.put(file, new Seen(signature, since));
                before = seen.get(file);
            }
            if (!signature.equals(handedOut.get(file))) {
                if (now - before.since() >= settleMillis) {
                    ready.add(file);
                } else {
                    pending = true;
                }
            }
        });
        seen.keySet().retainAll(present.keySet());
        noteRemoved(present.keySet());
        handedOut.keySet().retainAll(present.keySet());
        ready.sort(null);
        ready.forEach(file -> handedOut.put(file, present.get(file)));
        return ready;
    }

    private void noteRemoved(Set<Path> present) {
        handedOut.keySet().stream().filter(file -> !present.contains(file))
                // a feed or an archive holds many articles whose ids its path does not tell
                .filter(file -> ArticleFiles.formatOf(file) != ArticleFiles.Format.FEED
                        && ArticleFiles.formatOf(file) != ArticleFiles.Format.WARC).sorted()
                .forEach(file -> removed.add(FolderWalk.idOf(root, file)));
    }

    @Override
    public List<String> removed() {
        List<String> out = List.copyOf(removed);
        removed.clear();
        return out;
    }

    private static long lastChange(Signature s) {
        return Math.max(s.modified(), s.sidecarModified());
    }

    private Map<Path, Signature> currentFiles() {
        Map<Path, Signature> out = new HashMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && ArticleFiles.formatOf(file) != ArticleFiles.Format.NONE) {
                        out.put(file, signature(file, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A file or folder that vanished or cannot be read: the ingest of it reports why, if it stays. */
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the folder itself is gone or unreadable: nothing is ready until it is back
            return Map.of();
        }
        return out;
    }

    private void register(Path dir) {
        if (registered.contains(dir) || closed) {
            return;
        }
        try {
            dir.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            registered.add(dir);
        } catch (IOException | ClosedWatchServiceException e) {
            // no events from this folder (it may be tried again next scan): the periodic rescan finds its files
            return;
        }
    }

    /** A .txt file's signature includes its sidecar's, so a sidecar written after its text is waited for. */
    private static Signature signature(Path file, BasicFileAttributes attrs) {
        long sidecarSize = -1;
        long sidecarModified = -1;
        if (ArticleFiles.formatOf(file) == ArticleFiles.Format.TEXT) {
            try {
                BasicFileAttributes sidecar = Files.readAttributes(Sidecar.of(file), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                sidecarSize = sidecar.size();
                sidecarModified = sidecar.lastModifiedTime().toMillis();
            } catch (IOException noSidecar) {
                // no sidecar (yet): the article is stored without metadata, and again when one appears
                sidecarSize = -1;
            }
        }
        return new Signature(attrs.size(), attrs.lastModifiedTime().toMillis(), sidecarSize, sidecarModified);
    }

    @Override
    public void close() {
        closed = true;
        try {
            events.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot stop watching " + root, e);
        }
    }
}
