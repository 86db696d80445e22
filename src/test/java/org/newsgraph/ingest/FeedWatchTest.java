package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatchTest {
    private static final Duration SOON = Duration.ofMillis(50);

    @TempDir
    Path dir;
    private final FeedServer server = newServer();
    private final List<String> warnings = new ArrayList<>();

    private static FeedServer newServer() {
        try {
            return new FeedServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String rss(String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Test Desk</title>");
        for (String item : items) {
            xml.append("<item><guid>https://desk.example.org/").append(item).append("</guid><title>").append(item)
                    .append("</title><description>Words of story ").append(item).append(".</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private FeedWatch watch(String... feeds) {
        return FeedWatch.of(List.of(feeds), SOON, dir.resolve("state.json"), ArticleSource.DEFAULT_MAX_ARTICLE_BYTES,
                (feed, reason) -> warnings.add(feed + ": " + reason));
    }

    private static List<String> titles(ArticleSource round) {
        try (Stream<SourceItem> items = round.items()) {
            return items.map(item -> Sources.article(item).title()).toList();
        }
    }

    @Test
    void poll_handsOutEachItemOnce_andAsksWithTheLastEtag() throws InterruptedException {
        String url = server.put("/desk.rss", rss("one", "two"));
        try (FeedWatch watch = watch(url)) {
            assertEquals(List.of("one", "two"), titles(watch.next()));
            assertEquals(List.of(), titles(watch.next()), "unchanged: a 304");
            server.put("/desk.rss", rss("three", "one", "two"));
            assertEquals(List.of("three"), titles(watch.next()));
            assertEquals(List.of(), titles(watch.next()));
        }
        List<FeedServer.Request> asked = server.requests();
        assertEquals(4, asked.size());
        assertNull(asked.get(0).ifNoneMatch());
        assertTrue(asked.get(1).ifNoneMatch() != null && asked.get(3).ifNoneMatch() != null, asked.toString());
        assertTrue(asked.stream().allMatch(r -> r.userAgent().startsWith("newsgraph/")), asked.toString());
        assertEquals(List.of(), warnings);
    }

    @Test
    void state_isKeptAcrossRestarts_soOnlyNewItemsAreHandedOut() throws InterruptedException {
        String url = server.put("/desk.rss", rss("one", "two"));
        try (FeedWatch first = watch(url)) {
            assertEquals(2, titles(first.next()).size());
            first.next();
        }
        server.put("/desk.rss", rss("three", "one", "two"));

        try (FeedWatch second = watch(url)) {
            assertEquals(List.of("three"), titles(second.next()));
        }
        assertTrue(Files.isRegularFile(dir.resolve("state.json")));
    }

    @Test
    void roundNeverFollowedByAnother_isNotRemembered_soARestartReadsItAgain() throws InterruptedException {
        String url = server.put("/desk.rss", rss("one"));
        try (FeedWatch first = watch(url)) {
            assertEquals(List.of("one"), titles(first.next()));
        }

        try (FeedWatch second = watch(url)) {
            assertEquals(List.of("one"), titles(second.next()));
        }
    }

    @Test
    void failedPoll_isOneWarning_andTheNextPollTriesAgain() throws InterruptedException {
        String missing = server.url("/later.rss");
        String broken = server.put("/broken.rss", "<rss version=\"2.0\"><channel><item>");
        try (FeedWatch watch = watch(missing, broken)) {
            assertEquals(List.of(), titles(watch.next()));
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith(missing + ": the server answered HTTP 404"), warnings.get(0));
            assertTrue(warnings.get(1).startsWith(broken + ": not an RSS or Atom feed"), warnings.get(1));

            server.put("/later.rss", rss("late"));
            assertEquals(List.of("late"), titles(watch.next()));
            assertEquals(3, warnings.size(), "the broken feed is still broken: " + warnings);
        }
    }

    @Test
    void close_endsAWaitingNext() throws InterruptedException {
        String url = server.put("/desk.rss", rss("one"));
        FeedWatch watch = FeedWatch.of(List.of(url), Duration.ofHours(1), dir.resolve("state.json"),
                ArticleSource.DEFAULT_MAX_ARTICLE_BYTES, (feed, reason) -> warnings.add(reason));
        watch.next();
        Thread closer = new Thread(() -> {
            sleep(100);
            watch.close();
        });
        closer.start();

        assertNull(watch.next());
        closer.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void charsetOfTheServer_decodesAFeedWhoseXmlDeclaresNone() throws InterruptedException {
        String rss = "<rss version=\"2.0\"><channel><title>Latin Desk</title><item><guid>https://latin.example.org/1"
                + "</guid><title>Inácio</title><description>Words.</description></item></channel></rss>";
        String url = server.put("/latin.rss", rss.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "application/rss+xml; charset=ISO-8859-1");
        try (FeedWatch watch = watch(url)) {
            assertEquals(List.of("Inácio"), titles(watch.next()));
        }
    }
}
