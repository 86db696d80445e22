package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A folder watched for article files that appear or change, recursively. A file is handed out once it has
 * settled: neither it nor its sidecar has changed for the settle time, so a file still being written, or a
 * {@code .txt} whose {@code .json} is still being written, waits. A file handed out is handed out again when it
 * or its sidecar changes. Change events wake the watch early; a periodic rescan catches what events miss.
 */
public interface FolderWatch extends AutoCloseable {
    /**
     * Blocks until some article files are new or changed and settled, and returns a source of just those files,
     * with the ids a walk of the whole folder gives them; the files already there come first.
     *
     * @return the source, or null once the watch is closed
     */
    ArticleSource next() throws InterruptedException;

    /**
     * The ids of the article files handed out before that have since been deleted or renamed away, each once;
     * {@link #next()} also returns (with no files, if none changed) when only these are new. A renamed file is
     * the old id gone and the new one handed out. A {@code .jsonl} feed's ids are only known from its lines, so
     * a deleted feed leaves its articles stored.
     */
    List<String> removed();

    /** Stops watching; a thread blocked in {@link #next()} returns null. */
    @Override
    void close();

    static FolderWatch of(Path folder, long maxArticleBytes, Duration settle, Duration rescan) throws IOException {
        return new PollingFolderWatch(folder, maxArticleBytes, settle, rescan);
    }
}
