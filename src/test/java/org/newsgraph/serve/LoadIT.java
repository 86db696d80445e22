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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestListener;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.Store;

/** The endpoint under load: 32 clients on loopback, each sending 100 of the contract queries, none may fail. */
class LoadIT {
    private static final int CLIENTS = 32;
    private static final int REQUESTS = 100;
    /** Far above what a loaded 2-core machine needs; only a hang or a collapse crosses it. */
    private static final Duration BOUND = Duration.ofMinutes(5);

    @TempDir
    static Path dir;
    private static Store store;
    private static SparqlServer server;
    private static List<String> queries;

    @BeforeAll
    static void serveTheSamples() throws IOException {
        store = Store.open(dir.resolve("db"));
        IngestReport report = NewsGraph.builder().build().ingest(List.of(Path.of("samples")), store,
                IngestListener.SILENT);
        assertEquals(0, report.failed());
        server = SparqlServer.builder().dataset(store.dataset()).port(0).build().start();
        queries = new ArrayList<>();
        for (String contract : List.of("people", "countries", "organizations", "positions", "meetings",
                "sanctions", "quotes")) {
            queries.add(Files.readString(Path.of("queries", contract + ".rq")));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void contractQueries_32ClientsTimes100_allAnswerWithoutError() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; i < REQUESTS; i++) {
                    request(http, queries.get((client + i) % queries.size()), latencies, errors);
                }
            });
        }
        clients.shutdown();
        boolean ended = clients.awaitTermination(BOUND.toSeconds(), TimeUnit.SECONDS);
        clients.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(ended, "the load did not end within " + BOUND);
        List<String> firstErrors = errors.stream().limit(5).toList();
        assertEquals(List.of(), firstErrors, errors.size() + " errors");
        assertEquals(CLIENTS * REQUESTS, latencies.size());
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.err.printf(Locale.ROOT, "LoadIT: %d requests by %d clients in %.1f s (%.0f/s): p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, 0 errors%n", sorted.size(), CLIENTS, seconds, sorted.size() / seconds,
                millis(sorted, 0.50), millis(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        assertTrue(millis(sorted, 0.50) < 10_000, "p50 " + millis(sorted, 0.50) + " ms");
    }

    private static void request(HttpClient http, String query, ConcurrentLinkedQueue<Long> latencies,
                                ConcurrentLinkedQueue<String> errors) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t0);
            if (response.statusCode() != 200 || !response.body().contains("\"bindings\"")) {
                errors.add(response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            errors.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add("interrupted");
        }
    }

    private static double millis(List<Long> sorted, double quantile) {
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1e6;
    }
}
