package org.newsgraph.ingest;

import java.util.List;
import java.util.stream.Stream;

/** The items of some feeds (URLs or files), each feed fetched when the one before it is done. */
final class FeedArticleSource implements ArticleSource {
    private final List<String> locations;
    private final long maxArticleBytes;

    FeedArticleSource(List<String> locations, long maxArticleBytes) {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive, was " + maxArticleBytes);
        }
        this.locations = List.copyOf(locations);
        this.maxArticleBytes = maxArticleBytes;
    }

    @Override
    public Stream<SourceItem> items() {
        FeedFetcher fetcher = new FeedFetcher(maxArticleBytes);
        FeedReader reader = new FeedReader(maxArticleBytes);
        return locations.stream().flatMap(location -> {
            try {
                FeedFetcher.Fetched fetched = fetcher.fetch(location, null, null);
                return reader.read(fetched.body(), fetched.contentType(), location).stream();
            } catch (UnreadableException e) {
                return Stream.of(new SourceItem.Failed(location, e.getMessage()));
            }
        });
    }

    @Override
    public String toString() {
        return locations.size() + " feeds";
    }
}
