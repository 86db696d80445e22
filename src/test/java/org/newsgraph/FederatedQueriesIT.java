package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * The federated queries of {@code queries/} on the samples' store, with a local Fuseki standing in for Wikidata's
 * endpoint: it holds a few Wikidata-shaped statements and counts the requests it receives, which shows the
 * service enhancer batches the people (or countries) into a few requests instead of one per row.
 */
class FederatedQueriesIT {
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";
    private static final String STAND_IN = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            wd:Q22686 p:P39 [ ps:P39 wd:Q11696 ; pq:P580 "2017-01-20T00:00:00Z"^^xsd:dateTime ;
                              pq:P582 "2021-01-20T00:00:00Z"^^xsd:dateTime ] ,
                            [ ps:P39 wd:Q11696 ; pq:P580 "2025-01-20T00:00:00Z"^^xsd:dateTime ] .
            wd:Q7747 p:P39 [ ps:P39 wd:Q218295 ; pq:P580 "2012-05-07T00:00:00Z"^^xsd:dateTime ] .
            wd:Q324546 p:P39 [ ps:P39 wd:Q14213 ; pq:P580 "2025-01-21T00:00:00Z"^^xsd:dateTime ] .
            wd:Q11696 rdfs:label "President of the United States"@en .
            wd:Q218295 rdfs:label "President of Russia"@en .
            wd:Q14213 rdfs:label "United States Secretary of State"@en .
            wd:Q668 wdt:P297 "IN" ; wdt:P298 "IND" ; wdt:P1082 1425775850 .
            wd:Q30 wdt:P297 "US" ; wdt:P298 "USA" ; wdt:P1082 340110988 .
            wd:Q159 wdt:P297 "RU" ; wdt:P298 "RUS" .
            """;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @TempDir
    static Path dir;
    static Store store;
    static FusekiServer wikidata;

    @BeforeAll
    static void ingestSamplesAndStartStandIn() {
        store = Store.open(dir.resolve("db"));
        NewsGraph.builder().threads(2).build().ingest(List.of(Path.of("samples")), store, IngestListener.SILENT);
        Dataset data = DatasetFactory.create();
        RDFParser.create().source(new StringReader(STAND_IN)).lang(Lang.TURTLE).parse(data.getDefaultModel());
        Filter counter = (request, response, chain) -> {
            REQUESTS.incrementAndGet();
            chain.doFilter(request, response);
        };
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wd", data, false)
                .addFilter("/*", counter).build().start();
    }

    @AfterAll
    static void stop() {
        if (wikidata != null) {
            wikidata.stop();
        }
        store.close();
    }

    @BeforeEach
    void resetCount() {
        REQUESTS.set(0);
    }

    /** The query file with Wikidata's endpoint replaced by the stand-in's; the service options stay. */
    private static String pointedAtStandIn(String file) throws IOException {
        String query = Files.readString(Path.of("queries", file));
        assertTrue(query.contains("SERVICE <loop:bulk+20:" + WIKIDATA + ">"), file + " must batch its requests");
        return query.replace(WIKIDATA, "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql");
    }

    private static int linked(String sparql) {
        return Integer.parseInt(QueryLibraryIT.rows(store, sparql, "n").get(0));
    }

    @Test
    void wikidataPositionsHeld_setsWikidataTermsBesideOurTitles_inOneBatchedRequest() throws IOException {
        List<String> rows = QueryLibraryIT.rows(store, pointedAtStandIn("wikidata-positions-held.rq"),
                "name", "ourTitles", "positionLabel", "start", "end");
        assertEquals(List.of(
                "Donald Trump | President | President-elect | President of the United States"
                        + " | 2017-01-20T00:00:00Z | 2021-01-20T00:00:00Z",
                "Donald Trump | President | President-elect | President of the United States"
                        + " | 2025-01-20T00:00:00Z | ",
                "Marco Rubio | Secretary of State | United States Secretary of State | 2025-01-21T00:00:00Z | ",
                "Vladimir Putin | President | President of Russia | 2012-05-07T00:00:00Z | "), rows);
        int people = linked("""
                PREFIX nk: <https://w3id.org/newsgraph/ns#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(DISTINCT ?p) AS ?n) { ?h nk:holder ?p . ?p owl:sameAs ?wd }""");
        assertTrue(people > 5, "linked people with titles: " + people);
        assertEquals(1, REQUESTS.get(), "requests for " + people + " people in batches of 20");
    }

    @Test
    void wikidataCountryFacts_giveIsoCodesAndPopulation_inOneBatchedRequest() throws IOException {
        List<String> rows = QueryLibraryIT.rows(store, pointedAtStandIn("wikidata-country-facts.rq"),
                "name", "iso2", "iso3", "population");
        assertEquals(List.of("India | IN | IND | 1425775850", "Russia | RU | RUS | ",
                "United States | US | USA | 340110988"), rows);
        int countries = linked("""
                PREFIX schema: <http://schema.org/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a schema:Country ; owl:sameAs ?wd }""");
        assertTrue(countries > 5, "linked countries: " + countries);
        assertEquals(1, REQUESTS.get(), "requests for " + countries + " countries in batches of 20");
    }

    @Test
    void aServiceThatCannotBeReached_failsTheQueryInTime_withOneSentenceNamingItAndTheCause() throws IOException {
        String unreachable = "http://127.0.0.1:" + closedPort() + "/sparql";
        String query = Files.readString(Path.of("queries", "wikidata-country-facts.rq")).replace(WIKIDATA,
                unreachable);

        NewsGraphException failure = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertThrows(NewsGraphException.class,
                        () -> store.query(query, ResultFormat.CSV, new java.io.ByteArrayOutputStream())));

        String message = failure.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(unreachable) && message.contains("connection was refused"), message);
    }

    @Test
    void aServiceThatCannotBeReached_throughTheServer_isOneLineInTheAnswerAndOneInTheLog() throws Exception {
        String unreachable = "http://127.0.0.1:" + closedPort() + "/sparql";
        String query = Files.readString(Path.of("queries", "wikidata-country-facts.rq")).replace(WIKIDATA,
                unreachable);
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (SparqlServer server = SparqlServer.builder().dataset(store.dataset()).port(0).build().start()) {
            System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.endpoint()))
                            .header("Content-Type", "application/sparql-query")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(query)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertEquals(500, answer.statusCode());
            String body = answer.body().strip();
            assertEquals(1, body.lines().count(), body);
            assertTrue(body.contains(unreachable) && body.contains("connection was refused"), body);
        } finally {
            System.setErr(stderr);
        }
        String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(1, logged.lines().count(), logged);
        assertTrue(logged.contains("500") && logged.contains(unreachable), logged);
    }

    /** A loopback port nothing listens on: bound once for a number, then closed. */
    private static int closedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
