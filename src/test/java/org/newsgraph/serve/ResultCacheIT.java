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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result cache against a TDB2 store on disk and a server on a loopback port, over HTTP. */
class ResultCacheIT {
    private static final String EX = "http://example.org/";
    private static final String NAMES = "SELECT ?name WHERE { ?s <" + EX + "name> ?name } ORDER BY ?name";
    private static final String JSON = "application/sparql-results+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private Dataset dataset;
    private SparqlServer server;

    @BeforeEach
    void openStoreWithTwoNames() {
        dataset = TDB2Factory.connectDataset(dir.resolve("db").toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        addName("g1", "alice", "Alice");
        addName("g2", "bob", "Bob");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    @Test
    void repeatedQuery_isAnsweredFromMemory_withTheSameBodyAndType() throws Exception {
        start(1024 * 1024);

        HttpResponse<String> first = get(NAMES, JSON);
        HttpResponse<String> second = get(NAMES, JSON);

        assertEquals(Optional.of("miss"), cacheHeader(first));
        assertEquals(Optional.of("hit"), cacheHeader(second));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertTrue(second.body().contains("\"Bob\""), second.body());
    }

    @Test
    void queryPostedAsAForm_isKeptLikeOneInTheUrl() throws Exception {
        start(1024 * 1024);
        HttpRequest form = HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(NAMES, StandardCharsets.UTF_8)))
                .build();

        HTTP.send(form, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = HTTP.send(form, HttpResponse.BodyHandlers.ofString());

        assertEquals(Optional.of("hit"), cacheHeader(second));
        assertTrue(second.body().contains("\"Alice\""), second.body());
    }

    @Test
    void commit_makesKeptAnswersStale_andTheNextAnswerHasTheNewFact() throws Exception {
        start(1024 * 1024);
        get(NAMES, JSON);
        get(NAMES, JSON);

        addName("g3", "carol", "Carol");
        HttpResponse<String> afterCommit = get(NAMES, JSON);

        assertEquals(Optional.of("miss"), cacheHeader(afterCommit));
        assertTrue(afterCommit.body().contains("\"Carol\""), afterCommit.body());
    }

    @Test
    void sameQueryAskedAsCsv_isAnsweredSeparately() throws Exception {
        start(1024 * 1024);
        get(NAMES, JSON);

        HttpResponse<String> csv = get(NAMES, "text/csv");

        assertEquals(Optional.of("miss"), cacheHeader(csv));
        assertEquals("name\r\nAlice\r\nBob\r\n", csv.body());
        assertEquals(Optional.of("hit"), cacheHeader(get(NAMES, "text/csv")));
    }

    @Test
    void queryWhoseAnswerDependsOnTheClock_isNeverKept() throws Exception {
        start(1024 * 1024);
        String now = "SELECT (NOW() AS ?t) WHERE {}";

        HttpResponse<String> first = get(now, JSON);
        HttpResponse<String> second = get(now, JSON);

        assertEquals(200, second.statusCode());
        assertEquals(Optional.empty(), cacheHeader(first));
        assertEquals(Optional.empty(), cacheHeader(second));
    }

    @Test
    void answerLargerThanTheBudget_isServedButNotKept() throws Exception {
        start(64);

        get(NAMES, JSON);
        HttpResponse<String> second = get(NAMES, JSON);

        assertEquals(Optional.of("miss"), cacheHeader(second));
        assertTrue(second.body().contains("\"Alice\""), second.body());
    }

    @Test
    void budgetOfZero_turnsTheCacheOff() throws Exception {
        start(0);

        get(NAMES, JSON);

        assertEquals(Optional.empty(), cacheHeader(get(NAMES, JSON)));
    }

    private void start(long budget) {
        server = SparqlServer.builder().dataset(dataset).port(0).resultCacheBytes(budget).build().start();
    }

    private void addName(String graph, String subject, String name) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(Quad.create(NodeFactory.createURI(EX + graph),
                NodeFactory.createURI(EX + subject), NodeFactory.createURI(EX + "name"),
                NodeFactory.createLiteralString(name))));
    }

    private HttpResponse<String> get(String query, String accept) throws IOException, InterruptedException {
        URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static Optional<String> cacheHeader(HttpResponse<?> response) {
        return response.headers().firstValue(ResultCache.HEADER);
    }
}
