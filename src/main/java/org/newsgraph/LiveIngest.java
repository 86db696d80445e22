package org.newsgraph;

/**
 * An ingest that keeps running: the articles of a watched folder are stored as they appear or change, one
 * ingest run per round of settled files, each batch in its own write transaction, so readers of the store see
 * the last committed state throughout. Stop it with {@link #close()} before closing the store.
 */
public interface LiveIngest extends AutoCloseable {
    /** Stops watching and waits for the round in progress to commit. */
    @Override
    void close();

    /** Hears each round's report, besides what every ingest run reports. */
    interface Listener extends IngestListener {
        void roundDone(IngestReport report);

        /** The articles whose files were deleted or renamed away, and whose graphs are now removed. */
        default void removed(java.util.List<String> articleIds) {
        }
    }
}
