package org.newsgraph;

import java.time.Duration;
import java.util.List;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.store.Store;

/**
 * The thread of a {@link LiveIngest}: takes each round (settled files of a folder, new items of feeds) and ingests
 * it. A round that fails as a whole (the store refusing a write) is reported and the loop goes on with the next
 * one. Two loops on one store (a folder and feeds) take turns, one round at a time.
 */
final class WatchLoop implements LiveIngest {
    /** How long close() waits for a round in progress before giving up on it. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final NewsGraph graph;
    private final Rounds watch;
    private final Store store;
    private final LiveIngest.Listener listener;
    private final Thread thread;

    WatchLoop(NewsGraph graph, Rounds watch, Store store, LiveIngest.Listener listener, String name) {
        this.graph = graph;
        this.watch = watch;
        this.store = store;
        this.listener = listener;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    WatchLoop start() {
        thread.start();
        return this;
    }

    private void loop() {
        try {
            ArticleSource round;
            while ((round = watch.next()) != null) {
                try {
                    ingest(round);
                } catch (RuntimeException e) {
                    listener.failure(round.toString(), "store", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ingest(ArticleSource round) {
        synchronized (store) {
            List<String> removed = removeGone();
            IngestReport report = graph.ingest(round, store, listener);
            if (report.read() + report.failed() > 0 || removed.isEmpty() && watch.reportsEmptyRounds()) {
                listener.roundDone(report);
            }
        }
    }

    /** Before the round's files: a file renamed to another type comes back under its old id after removal. */
    private List<String> removeGone() {
        List<String> gone = watch.removed();
        if (!gone.isEmpty()) {
            store.remove(gone);
            listener.removed(gone);
        }
        return gone;
    }

    @Override
    public void close() {
        watch.close();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
