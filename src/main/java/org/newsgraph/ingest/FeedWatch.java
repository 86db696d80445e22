package org.newsgraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * RSS and Atom feeds polled at an interval, handing out the items not read before. What was read (each feed's
 * item ids and the ETag and Last-Modified of its last answer) is kept in a state file, so a restart neither
 * reads everything again nor misses what came meanwhile. A feed that cannot be fetched or parsed is one warning
 * and is tried again at the next poll.
 */
public interface FeedWatch extends AutoCloseable {
    /** Hears a feed that failed this poll: its location and the reason. */
    interface Warnings {
        void warning(String feed, String reason);
    }

    /**
     * Blocks until the next poll is due (the first is at once), polls every feed and returns a source of the
     * items not handed out before, possibly none. Calling it again means the round before was ingested: only
     * then are its items remembered as read.
     *
     * @return the source, or null once the watch is closed
     */
    ArticleSource next() throws InterruptedException;

    /** Stops polling; a thread blocked in {@link #next()} returns null. */
    @Override
    void close();

    /**
     * @param feeds     {@code http(s)} URLs or file paths
     * @param stateFile where what was read is kept; made when missing
     */
    static FeedWatch of(List<String> feeds, Duration interval, Path stateFile, long maxArticleBytes,
                        Warnings warnings) {
        return new PollingFeedWatch(feeds, interval, FeedState.load(stateFile, warnings), maxArticleBytes, warnings);
    }
}
