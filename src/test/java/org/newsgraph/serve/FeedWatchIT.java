package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.FeedServer;

/**
 * {@code serve --watch DIR --feeds FILE} as a user runs it, in a process of its own, with a feed on a local HTTP
 * server: the feed's items are stored beside the folder's articles, a new item is picked up at a later poll and
 * ingested once, and the polls after it read nothing again.
 */
class FeedWatchIT {
    private static final Duration DEADLINE = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String FIRST = item("https://harbour-wire.example.org/2025/05/modi-albanese",
            "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in New Delhi on"
                    + " Monday.");
    private static final String LATER = item("https://harbour-wire.example.org/2025/05/ramaphosa-carney",
            "South African President Cyril Ramaphosa held a phone call with Canadian Prime Minister Mark Carney on"
                    + " Wednesday.");

    @TempDir
    Path dir;
    private ServeProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static String item(String guid, String text) {
        return "<item><guid>" + guid + "</guid><link>" + guid + "</link><title>Story</title>"
                + "<pubDate>Tue, 06 May 2025 08:00:00 GMT</pubDate><description>&lt;p&gt;" + text
                + "&lt;/p&gt;</description></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Harbour Wire</title>"
                + String.join("", items) + "</channel></rss>";
    }

    @Test
    void serveWatchWithFeeds_newItemIsIngestedOnce_andLaterPollsReadNothingAgain() throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            String url = feeds.put("/wire.rss", rss(FIRST));
            Path list = Files.writeString(dir.resolve("feeds.txt"), "# the wire\n\n" + url + "\n");
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.writeString(in.resolve("local.txt"), "Chilean President Gabriel Boric met Argentine President"
                    + " Javier Milei in Santiago on Monday.");
            String endpoint = startServer(in, list);

            awaitCount(endpoint, 2);
            awaitErr("ingested", 2);
            feeds.put("/wire.rss", rss(LATER, FIRST));
            awaitCount(endpoint, 3);
            int asked = feeds.requests().size();
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (feeds.requests().size() < asked + 3 && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            assertTrue(feeds.requests().size() >= asked + 3, "the polls stopped: " + server.err());

            String people = send(endpoint, Files.readString(Path.of("queries/people.rq")));
            assertTrue(people.contains("Mark Carney") && people.contains("Narendra Modi")
                    && people.contains("Gabriel Boric"), people);
            List<String> rounds = server.err().lines().filter(l -> l.startsWith("ingested")).toList();
            assertEquals(3, rounds.size(), server.err());
            assertTrue(rounds.stream().allMatch(l -> l.startsWith("ingested 1 articles") && l.contains("1 written")),
                    rounds.toString());
            assertTrue(feeds.requests().stream().skip(1).allMatch(r -> r.ifNoneMatch() != null),
                    "every poll after the first sends the ETag back: " + feeds.requests());
            String state = Files.readString(dir.resolve("db/feeds-state.json"));
            assertTrue(state.contains("ramaphosa-carney") && state.contains(url), state);
        }
    }

    private void awaitCount(String endpoint, int articles) throws Exception {
        String query = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }";
        long end = System.nanoTime() + DEADLINE.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            last = send(endpoint, query);
            if (last.lines().skip(1).anyMatch(l -> l.strip().equals(String.valueOf(articles)))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the store did not come to hold " + articles + " articles; last answer: " + last
                + "\nserver stderr:\n" + server.err());
    }

    private void awaitErr(String prefix, int lines) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end
                && server.err().lines().filter(l -> l.startsWith(prefix)).count() < lines) {
            Thread.sleep(100);
        }
    }

    private static String send(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private String startServer(Path watched, Path feedList) throws IOException {
        server = ServeProcess.start("--db", dir.resolve("db").toString(), "--port", "0", "--batch-size", "1",
                "--watch", watched.toString(), "--feeds", feedList.toString(), "--feed-interval", "1s");
        return server.endpoint();
    }
}
