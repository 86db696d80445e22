package org.newsgraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@link FeedWatch} that fetches every feed once per interval, one after the other. An unchanged feed (a 304
 * to the validators of its last answer) costs no parsing; a changed one hands out the items whose ids its last
 * document did not hold. What a round read is remembered, and the state file written, only when the next round
 * is asked for, so a round whose ingest never finished is read again after a restart.
 */
final class PollingFeedWatch implements FeedWatch {
    private final List<String> feeds;
    private final Duration interval;
    private final FeedState state;
    private final FeedFetcher fetcher;
    private final FeedReader reader;
    private final Warnings warnings;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean closed;
    private boolean polled;
    private List<Runnable> pending = List.of();

    PollingFeedWatch(List<String> feeds, Duration interval, FeedState state, long maxArticleBytes,
                     Warnings warnings) {
        if (feeds.isEmpty() || interval.toMillis() <= 0 || maxArticleBytes <= 0) {
            throw new IllegalArgumentException("feeds must not be empty and interval and maxArticleBytes must be"
                    + " positive, were " + feeds + ", " + interval + ", " + maxArticleBytes);
        }
        this.feeds = List.copyOf(feeds);
        this.interval = interval;
        this.state = state;
        this.fetcher = new FeedFetcher(maxArticleBytes);
        this.reader = new FeedReader(maxArticleBytes);
        this.warnings = warnings;
    }

    @Override
    public ArticleSource next() throws InterruptedException {
        remember();
        if (polled && closing.await(interval.toMillis(), TimeUnit.MILLISECONDS) || closed) {
            return null;
        }
        polled = true;
        List<SourceItem> items = new ArrayList<>();
        List<Runnable> updates = new ArrayList<>();
        for (String feed : feeds) {
            items.addAll(poll(feed, updates));
        }
        pending = updates;
        return new Round(items, feeds.size());
    }

    private void remember() {
        if (!pending.isEmpty()) {
            pending.forEach(Runnable::run);
            state.save();
            pending = List.of();
        }
    }

    /** The items of one feed not read before; its new state waits in {@code updates}. */
    private List<SourceItem> poll(String feed, List<Runnable> updates) {
        FeedState.Feed before = state.of(feed);
        try {
            FeedFetcher.Fetched fetched = fetcher.fetch(feed, before.etag, before.lastModified);
            if (fetched.unchanged()) {
                return List.of();
            }
            List<SourceItem> items = reader.read(fetched.body(), fetched.contentType(), feed);
            List<String> ids = items.stream().filter(SourceItem.Read.class::isInstance)
                    .map(item -> ((SourceItem.Read) item).article().id()).toList();
            updates.add(() -> state.update(feed, ids, fetched.etag(), fetched.lastModified()));
            return items.stream().filter(item -> !(item instanceof SourceItem.Read read
                    && before.read.contains(read.article().id()))).toList();
        } catch (UnreadableException e) {
            warnings.warning(feed, e.getMessage() + "; tried again at the next poll");
            return List.of();
        }
    }

    @Override
    public void close() {
        closed = true;
        closing.countDown();
    }

    /** The new items of one poll. */
    private record Round(List<SourceItem> found, int feedCount) implements ArticleSource {
        @Override
        public Stream<SourceItem> items() {
            return found.stream();
        }

        @Override
        public String toString() {
            return "a poll of " + feedCount + (feedCount == 1 ? " feed" : " feeds");
        }
    }
}
