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
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} as a user runs it, in a process of its own: articles dropped into the watched folder
 * show up in query results once their batch commits, while a client that never stops querying sees no failure.
 */
class WatchIT {
    private static final Duration DEADLINE = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;
    private ServeProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void serveWatch_articlesDroppedWhileQuerying_appearAndNoQueryFails() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        copySample("lula-trump-video-call", in);
        String endpoint = startServer(in);
        Client client = new Client(endpoint);
        Thread clientThread = new Thread(client, "watch-it-client");
        clientThread.start();
        try {
            awaitPerson(endpoint, "Geraldo Alckmin");
            Path later = Files.createDirectories(in.resolve("later/2024"));
            copySample("canada-india-expel-diplomats", later);
            Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
            Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"wire-1\", \"text\": \"Kenyan President William"
                    + " Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.\"}\n");
            awaitPerson(endpoint, "Mélanie Joly");
            awaitPerson(endpoint, "William Ruto");
        } finally {
            client.stop.set(true);
            clientThread.join(30_000);
        }
        assertEquals(List.of(), List.copyOf(client.failures), "queries that failed while ingesting");
        assertTrue(client.answered.get() > 10, "the client answered only " + client.answered.get() + " times");
        awaitErr("broken.txt");
        assertTrue(server.err().contains("UTF-8"), server.err());
    }

    @Test
    void serveWatch_articleFileDeletedOrRenamed_keepsTheStoreInStep() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        copySample("lula-trump-video-call", in);
        copySample("canada-india-expel-diplomats", in);
        String endpoint = startServer(in);
        awaitArticles(endpoint, "canada-india-expel-diplomats,lula-trump-video-call");

        Files.delete(in.resolve("lula-trump-video-call.json"));
        Files.delete(in.resolve("lula-trump-video-call.txt"));
        Path sub = Files.createDirectories(in.resolve("moved"));
        Files.move(in.resolve("canada-india-expel-diplomats.json"), sub.resolve("expulsions.json"));
        Files.move(in.resolve("canada-india-expel-diplomats.txt"), sub.resolve("expulsions.txt"));

        awaitArticles(endpoint, "moved/expulsions");
        String people = HTTP.send(peopleQuery(endpoint), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(people.contains("Mélanie Joly") && !people.contains("Geraldo Alckmin"), people);
        awaitErr("removed 2 articles whose files are gone");
    }

    private void awaitArticles(String endpoint, String ids) throws Exception {
        String query = "SELECT (GROUP_CONCAT(?id; separator=',') AS ?ids) WHERE { SELECT ?id WHERE {"
                + " ?a <http://schema.org/identifier> ?id } ORDER BY ?id }";
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long end = System.nanoTime() + DEADLINE.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            last = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().strip();
            if (last.endsWith("\n" + ids) || last.endsWith("\n\"" + ids + "\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the store did not come to hold " + ids + "; last answer: " + last
                + "\nserver stderr:\n" + server.err());
    }

    /** The text lands first and its sidecar later, as a slow copy would leave them. */
    private static void copySample(String name, Path folder) throws IOException, InterruptedException {
        Files.copy(Path.of("samples", name + ".txt"), folder.resolve(name + ".txt"));
        Thread.sleep(200);
        Files.copy(Path.of("samples", name + ".json"), folder.resolve(name + ".json"));
    }


    private void awaitPerson(String endpoint, String name) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        AtomicReference<String> last = new AtomicReference<>("");
        while (System.nanoTime() < end) {
            HttpResponse<String> r = HTTP.send(peopleQuery(endpoint), HttpResponse.BodyHandlers.ofString());
            last.set(r.body());
            if (r.statusCode() == 200 && r.body().contains(name)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not appear within " + DEADLINE + "; last answer: " + last
                + "\nserver stderr:\n" + server.err());
    }

    private void awaitErr(String text) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end && !server.err().contains(text)) {
            Thread.sleep(100);
        }
        assertTrue(server.err().contains(text), server.err());
    }

    private static HttpRequest peopleQuery(String endpoint) throws IOException {
        String form = "query=" + URLEncoder.encode(Files.readString(Path.of("queries/people.rq")),
                StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** Queries without pause until stopped; every answer must be a 200 with the contract's header. */
    private static final class Client implements Runnable {
        private final String endpoint;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong answered = new AtomicLong();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        Client(String endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    HttpResponse<String> r = HTTP.send(peopleQuery(endpoint), HttpResponse.BodyHandlers.ofString());
                    String header = r.body().lines().findFirst().orElse("");
                    if (r.statusCode() != 200 || !Set.of("person,name,wikidata").contains(header.strip())) {
                        failures.add(r.statusCode() + ": " + r.body());
                    } else {
                        answered.incrementAndGet();
                    }
                } catch (IOException e) {
                    failures.add(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private String startServer(Path watched) throws IOException {
        server = ServeProcess.start("--db", dir.resolve("db").toString(), "--port", "0", "--batch-size", "1",
                "--watch", watched.toString());
        return server.endpoint();
    }
}
