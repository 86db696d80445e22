package org.newsgraph;

import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.FeedWatch;
import org.newsgraph.ingest.FolderWatch;

/** What a {@link WatchLoop} ingests round after round: the settled files of a folder, or the new items of feeds. */
interface Rounds {
    /** The next round, blocking until there is one; null once closed. */
    ArticleSource next() throws InterruptedException;

    /** The ids of articles whose input is gone, to remove before the round. */
    List<String> removed();

    void close();

    /** Whether a round that read nothing is still worth a summary line (a poll that found nothing new is not). */
    default boolean reportsEmptyRounds() {
        return true;
    }

    static Rounds of(FolderWatch watch) {
        return of(watch::next, watch::removed, watch::close, true);
    }

    /** Feeds drop items all the time; their articles stay stored. */
    static Rounds of(FeedWatch watch) {
        return of(watch::next, List::of, watch::close, false);
    }

    /** How a watch hands out its next round. */
    interface Next {
        ArticleSource next() throws InterruptedException;
    }

    private static Rounds of(Next next, Supplier<List<String>> removed, Runnable close, boolean reportsEmptyRounds) {
        return new Rounds() {
            @Override
            public ArticleSource next() throws InterruptedException {
                return next.next();
            }

            @Override
            public List<String> removed() {
                return removed.get();
            }

            @Override
            public boolean reportsEmptyRounds() {
                return reportsEmptyRounds;
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
