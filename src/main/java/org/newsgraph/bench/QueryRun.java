package org.newsgraph.bench;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
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

    /** Every request is timed to its last byte; the rows are counted on the untimed warm-up requests. */
    private static BenchReport.Query time(String name, String query, HttpClient client, URI endpoint) {
        double firstMillis = timed(client, endpoint, query);
        long rows = 0;
        for (int i = 1; i < WARM_UP; i++) {
            rows = send(client, endpoint, query, body -> rows(body, name));
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = timed(client, endpoint, query);
        }
        Arrays.sort(millis);
        return new BenchReport.Query(name, rows, firstMillis, RUNS, percentile(millis, 50),
                percentile(millis, 95));
    }

    private static double timed(HttpClient client, URI endpoint, String query) {
        long t0 = System.nanoTime();
        send(client, endpoint, query, body -> body.transferTo(OutputStream.nullOutputStream()));
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Nearest rank: the smallest value with at least p percent of the values at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Sends the query and reads the answer as it streams in: a large answer is never held whole. */
    private static long send(HttpClient client, URI endpoint, String query, BodyReader reader) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    String first = new String(body.readNBytes(2000), StandardCharsets.UTF_8).lines().findFirst()
                            .orElse("");
                    throw new NewsGraphException("the server answered " + response.statusCode() + ": " + first);
                }
                return reader.read(body);
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while querying " + endpoint, e);
        }
    }

    /** The number of bindings in SPARQL JSON results, read as a stream. */
    private static long rows(InputStream json, String name) throws IOException {
        try {
            JsonReader reader = new JsonReader(new InputStreamReader(json, StandardCharsets.UTF_8));
            reader.beginObject();
            while (reader.hasNext()) {
                if (!reader.nextName().equals("results")) {
                    reader.skipValue();
                    continue;
                }
                reader.beginObject();
                while (reader.hasNext()) {
                    if (reader.nextName().equals("bindings")) {
                        return countElements(reader);
                    }
                    reader.skipValue();
                }
            }
            throw new NewsGraphException("the answer to " + name + ".rq has no results.bindings");
        } catch (com.google.gson.JsonParseException | IllegalStateException e) {
            throw new NewsGraphException("the answer to " + name + ".rq is not SPARQL JSON results: "
                    + e.getMessage(), e);
        }
    }

    private static long countElements(JsonReader reader) throws IOException {
        long n = 0;
        reader.beginArray();
        while (reader.hasNext()) {
            reader.skipValue();
            n++;
        }
        return n;
    }

    private interface BodyReader {
        long read(InputStream body) throws IOException;
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
