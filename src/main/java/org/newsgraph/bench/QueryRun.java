package org.newsgraph.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.NewsGraphException;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.Store;

/**
 * The contract queries over HTTP against the server on the pipeline's store, on a free loopback port: the first
 * request (answered by the store) and, after warm-up, repeated ones (answered from the server's result cache,
 * since the store does not change in between).
 */
final class QueryRun {
    static final List<String> CONTRACT = List.of("people", "countries", "organizations", "positions", "meetings",
            "sanctions");
    private static final int WARM_UP = 3;
    private static final int RUNS = 20;

    private QueryRun() {
    }

    static List<BenchReport.Query> measure(Store store) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<BenchReport.Query> out = new ArrayList<>();
        try (SparqlServer server = SparqlServer.builder().dataset(store.dataset()).host("localhost").port(0)
                .timeout(Duration.ofMinutes(2)).build().start()) {
            URI endpoint = URI.create(server.endpoint());
            for (String name : CONTRACT) {
                out.add(time(name, contractQuery(name), client, endpoint));
            }
        }
        return out;
    }

    private static BenchReport.Query time(String name, String query, HttpClient client, URI endpoint) {
        long t0 = System.nanoTime();
        long rows = rows(send(client, endpoint, query), name);
        double firstMillis = (System.nanoTime() - t0) / 1e6;
        for (int i = 1; i < WARM_UP; i++) {
            rows = rows(send(client, endpoint, query), name);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            t0 = System.nanoTime();
            String body = send(client, endpoint, query);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            rows = rows(body, name);
        }
        Arrays.sort(millis);
        return new BenchReport.Query(name, rows, firstMillis, RUNS, percentile(millis, 50),
                percentile(millis, 95));
    }

    /** Nearest rank: the smallest value with at least p percent of the values at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String send(HttpClient client, URI endpoint, String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new NewsGraphException("the server answered " + response.statusCode() + ": "
                        + response.body().lines().findFirst().orElse(""));
            }
            return response.body();
        } catch (IOException e) {
            throw new NewsGraphException("cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while querying " + endpoint, e);
        }
    }

    private static long rows(String json, String name) {
        try {
            return JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("results")
                    .getAsJsonArray("bindings").size();
        } catch (RuntimeException e) {
            throw new NewsGraphException("the answer to " + name + ".rq is not SPARQL JSON results: "
                    + e.getMessage(), e);
        }
    }

    /** The query as the jar ships it (from {@code queries/}). */
    private static String contractQuery(String name) {
        try (InputStream in = QueryRun.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new NewsGraphException("the contract query " + name + ".rq is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read " + name + ".rq: " + e.getMessage(), e);
        }
    }
}
