package org.newsgraph;

import java.util.List;
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
        return new Rounds() {
            @Override
            public ArticleSource next() throws InterruptedException {
                return watch.next();
            }

            @Override
            public List<String> removed() {
                return watch.removed();
            }

            @Override
            public void close() {
                watch.close();
            }
        };
    }

    /** Feeds drop items all the time; their articles stay stored. */
    static Rounds of(FeedWatch watch) {
        return new Rounds() {
            @Override
            public ArticleSource next() throws InterruptedException {
                return watch.next();
            }

            @Override
            public List<String> removed() {
                return List.of();
            }

            @Override
            public boolean reportsEmptyRounds() {
                return false;
            }

            @Override
            public void close() {
                watch.close();
            }
        };
    }
}
