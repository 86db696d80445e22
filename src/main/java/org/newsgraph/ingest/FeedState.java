package org.newsgraph.ingest;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a feed watch has read, per feed: the ids of the items in the last document it read (items that drop out
 * of a feed are forgotten, so the file stays as small as the feeds) and that answer's validators. Saved by
 * writing a new file and moving it over the old, so a crash leaves one or the other.
 */
final class FeedState {
    /** One feed's entry in the state file. */
    static final class Feed {
        String etag;
        String lastModified;
        Set<String> read = new TreeSet<>();
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;
    private final Map<String, Feed> feeds;

    private FeedState(Path file, Map<String, Feed> feeds) {
        this.file = file;
        this.feeds = feeds;
    }

    /** The state kept in the file, or none when it is missing; an unreadable file is a warning and starts anew. */
    static FeedState load(Path file, FeedWatch.Warnings warnings) {
        Map<String, Feed> feeds = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
                if (stored != null && stored.feeds != null) {
                    stored.feeds.forEach((feed, state) -> feeds.put(feed, state == null ? new Feed() : state));
                    feeds.values().forEach(f -> f.read = f.read == null ? new TreeSet<>() : new TreeSet<>(f.read));
                }
            } catch (IOException | JsonParseException e) {
                warnings.warning(file.toString(), "cannot read what the feeds gave before (" + e.getMessage()
                        + "); every item is read again, and stored articles are replaced, not doubled");
            }
        }
        return new FeedState(file, feeds);
    }

    Feed of(String feed) {
        return feeds.computeIfAbsent(feed, f -> new Feed());
    }

    /** Remembers a feed's new document: the ids it holds and its validators. */
    void update(String feed, List<String> ids, String etag, String lastModified) {
        Feed state = of(feed);
        state.read = new TreeSet<>(ids);
        state.etag = etag;
        state.lastModified = lastModified;
    }

    void save() {
        Stored stored = new Stored();
        stored.feeds = new TreeMap<>(feeds);
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(temp, GSON.toJson(stored), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep what the feeds gave in " + file, e);
        }
    }

    /** The file's shape. */
    private static final class Stored {
        Map<String, Feed> feeds = new HashMap<>();
    }
}
