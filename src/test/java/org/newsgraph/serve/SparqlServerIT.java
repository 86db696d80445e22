package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparqlServerIT {
    private static final String EX = "http://example.org/";
    private static final String NAMES = "SELECT ?name WHERE { ?s <" + EX + "name> ?name } ORDER BY ?name";
    private static final String COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final int FILLER_TRIPLES = 2000;
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    static Path tempDir;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Dataset dataset;
    private static SparqlServer server;
    private static String base;

    @BeforeAll
    static void startReadOnlyServer() {
        dataset = openStore(tempDir.resolve("db"));
        server = SparqlServer.builder().dataset(dataset).port(0).timeout(TIMEOUT).build().start();
        base = "http://localhost:" + server.port();
        warmUp();
    }

    /**
     * The first query of a fresh JVM loads and compiles much of Fuseki and ARQ; on a busy machine that alone can
     * pass the one-second timeout, which the tests would misread as a fault of whichever ran first.
     */
    private static void warmUp() {
        try {
            send(get("/kg/sparql?query=" + encode(NAMES)).header("Accept", "application/sparql-results+json")
                    .build());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the server does not answer a first query", e);
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void select_getOnSparqlEndpoint_returnsRowsOfBothNamedGraphsAsJson() throws Exception {
        HttpResponse<String> response = send(get("/kg/sparql?query=" + encode(NAMES))
                .header("Accept", "application/sparql-results+json").build());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(List.of("Alice", "Bob"), jsonColumn(response.body(), "name"));
    }

    @Test
    void select_getOnDatasetUrl_answersLikeTheEndpoint() throws Exception {
        HttpResponse<String> response = send(get("/kg?query=" + encode(NAMES))
                .header("Accept", "application/sparql-results+json").build());

        assertEquals(200, response.statusCode());
        assertEquals(List.of("Alice", "Bob"), jsonColumn(response.body(), "name"));
    }

    @Test
    void select_postedToDatasetUrl_returnsCsvWhenAsked() throws Exception {
        HttpResponse<String> response = send(post("/kg", "application/sparql-query", NAMES)
                .header("Accept", "text/csv").build());

        assertEquals(200, response.statusCode());
        assertEquals(List.of("name", "Alice", "Bob"), response.body().strip().lines().map(String::strip).toList());
    }

    @Test
    void update_whenReadOnly_isRefusedAndLeavesTheDataAlone() throws Exception {
        String insert = "INSERT DATA { GRAPH <" + EX + "g9> { <" + EX + "eve> <" + EX + "name> \"Eve\" } }";
        String delete = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";
        long before = countAll();

        int viaUpdateEndpoint = send(post("/kg/update", "application/sparql-update", insert).build()).statusCode();
        int viaForm = send(post("/kg/update", "application/x-www-form-urlencoded",
                "update=" + encode(delete)).build()).statusCode();
        int viaDatasetUrl = send(post("/kg", "application/sparql-update", delete).build()).statusCode();

        assertClientError(viaUpdateEndpoint);
        assertClientError(viaForm);
        assertClientError(viaDatasetUrl);
        assertEquals(before, countAll());
    }

    @Test
    void everyKindOfWrite_whenReadOnly_isOne403_sayingTheEndpointIsReadOnlyAndHowToAllowWrites() throws Exception {
        String insert = "INSERT DATA { <" + EX + "eve> <" + EX + "name> \"Eve\" }";
        String turtle = "<" + EX + "mallory> <" + EX + "name> \"Mallory\" .";
        List<HttpRequest> writes = List.of(
                post("/kg/update", "application/sparql-update", insert).build(),
                get("/kg/update?update=" + encode(insert)).build(),
                post("/kg", "application/x-www-form-urlencoded", "update=" + encode(insert)).build(),
                post("/kg/sparql", "application/sparql-update", insert).build(),
                post("/kg/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert)).build(),
                put("/kg?default", turtle),
                put("/kg/data?graph=" + encode(EX + "g1"), turtle),
                post("/kg?graph=" + encode(EX + "g1"), "text/turtle", turtle).build(),
                request("/kg/data?graph=" + encode(EX + "g1")).DELETE().build(),
                request("/$/datasets/kg").DELETE().build(),
                post("/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem").build());
        long before = countAll();

        for (HttpRequest write : writes) {
            HttpResponse<String> response = send(write);

            String what = write.method() + " " + write.uri().getRawPath();
            assertEquals(403, response.statusCode(), what + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), what);
            String body = response.body().strip();
            assertEquals(1, body.lines().count(), what + ": " + body);
            assertTrue(body.contains("read-only") && body.contains("serve --allow-update"), what + ": " + body);
        }
        assertEquals(before, countAll());
    }

    @Test
    void queries_postedAsFormsOrBodies_whenReadOnly_stillAnswer() throws Exception {
        HttpResponse<String> form = send(post("/kg/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(NAMES)).header("Accept", "text/csv").build());
        HttpResponse<String> body = send(post("/kg/query", "application/sparql-query", NAMES)
                .header("Accept", "text/csv").build());

        assertEquals(List.of("name", "Alice", "Bob"), form.body().strip().lines().map(String::strip).toList());
        assertEquals(List.of("name", "Alice", "Bob"), body.body().strip().lines().map(String::strip).toList());
    }

    @Test
    void graphStoreWrite_whenReadOnly_isRefusedAndLeavesTheDataAlone() throws Exception {
        String turtle = "<" + EX + "mallory> <" + EX + "name> \"Mallory\" .";
        long before = countAll();

        int putDefault = send(put("/kg?default", turtle)).statusCode();
        int putNamed = send(put("/kg/data?graph=" + encode(EX + "g1"), turtle)).statusCode();
        int postNamed = send(post("/kg?graph=" + encode(EX + "g1"), "text/turtle", turtle).build()).statusCode();

        assertClientError(putDefault);
        assertClientError(putNamed);
        assertClientError(postNamed);
        assertEquals(before, countAll());
    }

    @Test
    void adminChanges_whenReadOnly_areForbiddenAndTheDatasetStillAnswers() throws Exception {
        HttpResponse<String> create = send(post("/$/datasets", "application/x-www-form-urlencoded",
                "dbName=intruder&dbType=mem").build());
        HttpResponse<String> remove = send(request("/$/datasets/kg").DELETE().build());

        assertEquals(403, create.statusCode());
        assertEquals(403, remove.statusCode());
        HttpResponse<String> datasets = send(get("/$/datasets").header("Accept", "application/json").build());
        assertTrue(datasets.body().contains("\"/kg\""), datasets.body());
        assertTrue(!datasets.body().contains("intruder"), datasets.body());
        assertEquals(List.of("Alice", "Bob"), jsonColumn(select(NAMES), "name"));
    }

    @Test
    void adminReads_thatTheUiNeeds_answer() throws Exception {
        HttpResponse<String> datasets = send(get("/$/datasets").header("Accept", "application/json").build());
        int ping = send(get("/$/ping").build()).statusCode();
        int serverInfo = send(get("/$/server").build()).statusCode();
        int stats = send(get("/$/stats").build()).statusCode();

        assertEquals(200, datasets.statusCode());
        JsonObject first = JsonParser.parseString(datasets.body()).getAsJsonObject()
                .getAsJsonArray("datasets").get(0).getAsJsonObject();
        assertEquals("/kg", first.get("ds.name").getAsString());
        assertEquals(List.of(200, 200, 200), List.of(ping, serverInfo, stats));
    }

    @Test
    void serverInfo_thatTheUiShowsAsItsVersion_namesNewsgraph() throws Exception {
        HttpResponse<String> info = send(get("/$/server").header("Accept", "application/json").build());

        assertEquals(200, info.statusCode());
        String version = JsonParser.parseString(info.body()).getAsJsonObject().get("version").getAsString();
        assertTrue(version.startsWith("newsgraph") && !version.contains("development"), version);
    }

    @Test
    void root_servesTheFusekiUi() throws Exception {
        HttpResponse<String> response = send(get("/").build());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Fuseki"), response.body());
        assertTrue(response.body().contains("id=\"app\""), response.body());
    }

    @Test
    void body_overTheLimit_isRefusedWith413() throws Exception {
        String padding = "#".repeat(1024 * 1024 + 10) + "\n";
        String query = padding + NAMES;

        int declared = send(post("/kg/sparql", "application/sparql-query", query).build()).statusCode();
        int chunked = send(post("/kg/sparql", "application/sparql-query", chunkedBody(query)).build()).statusCode();
        int chunkedForm = send(post("/kg/sparql", "application/x-www-form-urlencoded",
                chunkedBody("query=" + encode(query))).build()).statusCode();

        assertEquals(413, declared);
        assertEquals(413, chunked);
        assertEquals(413, chunkedForm);
    }

    @Test
    void body_chunkedUnderTheLimit_reachesFusekiWhole() throws Exception {
        HttpResponse<String> response = send(post("/kg/sparql", "application/sparql-query", chunkedBody(NAMES))
                .header("Accept", "application/sparql-results+json").build());

        assertEquals(200, response.statusCode());
        assertEquals(List.of("Alice", "Bob"), jsonColumn(response.body(), "name"));
    }

    @Test
    void form_chunkedUnderTheLimit_isParsedFromTheKeptBody() throws Exception {
        HttpResponse<String> response = send(post("/kg/sparql?unused=1", "application/x-www-form-urlencoded",
                chunkedBody("query=" + encode(NAMES))).header("Accept", "application/sparql-results+json").build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("Alice", "Bob"), jsonColumn(response.body(), "name"));
    }

    @Test
    void runawayQuery_isCancelledWithinTwiceTheTimeout() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
        long start = System.nanoTime();

        HttpResponse<String> response = send(get("/kg/sparql?query=" + encode(runaway))
                .header("Accept", "application/sparql-results+json").build());

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode() + ": " + response.body());
        assertTrue(elapsed.compareTo(TIMEOUT.multipliedBy(2)) < 0, "took " + elapsed);
    }

    @Test
    void runawayGroupedAggregate_postedAsForm_isAnsweredAsTimedOutAndTheNextQueryIsServed() throws Exception {
        String runaway = "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } GROUP BY ?a"
                + " ORDER BY DESC(?n)";
        long start = System.nanoTime();

        HttpResponse<String> response = send(post("/kg/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(runaway)).header("Accept", "application/sparql-results+json").build());

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().toLowerCase(java.util.Locale.ROOT).contains("timed out")
                || response.body().toLowerCase(java.util.Locale.ROOT).contains("timeout"), response.body());
        assertTrue(elapsed.compareTo(TIMEOUT.multipliedBy(2)) < 0, "took " + elapsed);
        long next = System.nanoTime();
        assertEquals(List.of("Alice", "Bob"), jsonColumn(select(NAMES), "name"));
        Duration nextElapsed = Duration.ofNanos(System.nanoTime() - next);
        assertTrue(nextElapsed.compareTo(TIMEOUT) < 0, "the next query took " + nextElapsed);
    }

    @Test
    void endpoint_byDefault_namesLoopbackHostAndTheActualPort() {
        URI endpoint = URI.create(server.endpoint());

        assertEquals("localhost", endpoint.getHost());
        assertEquals(server.port(), endpoint.getPort());
        assertTrue(server.port() > 0);
        assertEquals("/kg/sparql", endpoint.getPath());
    }

    @Test
    void update_whenAllowed_insertsDataAndGraphStoreWritesWork() throws Exception {
        Dataset writable = openStore(tempDir.resolve("writable"));
        try (SparqlServer open = SparqlServer.builder().dataset(writable).port(0).allowUpdate(true).build().start()) {
            String root = "http://localhost:" + open.port();
            String insert = "INSERT DATA { GRAPH <" + EX + "g3> { <" + EX + "carol> <" + EX + "name> \"Carol\" } }";
            String turtle = "<" + EX + "dave> <" + EX + "name> \"Dave\" .";

            int inserted = send(post(root, "/kg/update", "application/sparql-update", insert).build()).statusCode();
            int stored = send(HttpRequest.newBuilder(URI.create(root + "/kg/data?graph=" + encode(EX + "g4")))
                    .PUT(BodyPublishers.ofString(turtle)).header("Content-Type", "text/turtle").build()).statusCode();

            assertTrue(inserted >= 200 && inserted < 300, "insert status " + inserted);
            assertTrue(stored >= 200 && stored < 300, "put status " + stored);
            HttpResponse<String> names = send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query=" + encode(NAMES)))
                    .header("Accept", "application/sparql-results+json").build());
            assertEquals(List.of("Alice", "Bob", "Carol", "Dave"), jsonColumn(names.body(), "name"));
        }
        assertNull(writable.getContext().get(ARQ.queryTimeout), "the timeout is taken back on close");
        long carols = Txn.calculateRead(writable, () -> writable.asDatasetGraph()
                .stream(Node.ANY, Node.ANY, iri("name"), NodeFactory.createLiteralString("Carol")).count());
        assertEquals(1, carols, "the dataset stays open for its owner after the server stops");
    }

    @Test
    void build_withoutDataset_failsNamingWhatIsMissing() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SparqlServer.builder().port(0).build());

        assertTrue(error.getMessage().contains("dataset is required"), error.getMessage());
    }

    @Test
    void builder_withNegativePort_failsNamingTheValue() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SparqlServer.builder().port(-5));

        assertTrue(error.getMessage().contains("-5"), error.getMessage());
    }

    private static Dataset openStore(Path dir) {
        Dataset store = TDB2Factory.connectDataset(dir.toString());
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(store, () -> {
            DatasetGraph dsg = store.asDatasetGraph();
            Node name = iri("name");
            dsg.add(iri("g1"), iri("alice"), name, NodeFactory.createLiteralString("Alice"));
            dsg.add(iri("g2"), iri("bob"), name, NodeFactory.createLiteralString("Bob"));
            for (int i = 0; i < FILLER_TRIPLES; i++) {
                dsg.add(iri("g2"), iri("thing" + i), iri("rank"), NodeFactory.createLiteralString("r" + i));
            }
        });
        return store;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static long countAll() throws Exception {
        JsonObject row = bindings(select(COUNT_ALL)).get(0).getAsJsonObject();
        return Long.parseLong(row.getAsJsonObject("n").get("value").getAsString());
    }

    private static String select(String query) throws Exception {
        HttpResponse<String> response = send(get("/kg/sparql?query=" + encode(query))
                .header("Accept", "application/sparql-results+json").build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static List<String> jsonColumn(String json, String variable) {
        return bindings(json).asList().stream()
                .map(row -> row.getAsJsonObject().getAsJsonObject(variable).get("value").getAsString())
                .toList();
    }

    private static JsonArray bindings(String json) {
        return JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
    }

    private static void assertClientError(int status) {
        assertTrue(status >= 400 && status < 500, "expected a 4xx refusal, was " + status);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return post(base, path, contentType, body);
    }

    private static HttpRequest.Builder post(String root, String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder post(String path, String contentType, BodyPublisher body) {
        return request(path).header("Content-Type", contentType).POST(body);
    }

    private static HttpRequest put(String path, String turtle) {
        return request(path).header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)).build();
    }

    /** A body of unknown length, which HttpClient sends chunked, without a Content-Length. */
    private static BodyPublisher chunkedBody(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
