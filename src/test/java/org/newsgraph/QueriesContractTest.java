package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/** The query files keep DESIGN.md's contract: each parses, runs, and returns exactly the contract columns. */
class QueriesContractTest {
    private static final Map<String, String> CONTRACT = Map.of(
            "people.rq", "person,name,wikidata",
            "countries.rq", "country,name,wikidata",
            "organizations.rq", "organization,name,wikidata",
            "positions.rq", "person,name,wikidata,role,countryName,countryWikidata,articleId",
            "meetings.rq", "meeting,date,placeName,placeWikidata,kind,status,participantName,participantWikidata,"
                    + "articleId",
            "sanctions.rq", "sanction,measure,status,date,imposerName,imposerWikidata,targetName,targetWikidata,"
                    + "articleId");

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in").resolve("wire"));
        Files.writeString(in.resolve("talks.txt"), "Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign"
                + " Minister Wang Yi in Tokyo on Saturday. The United States imposed sanctions on Iran on Friday.");
        Files.writeString(in.resolve("talks.json"), "{\"published\": \"2025-03-23\"}");
        store = Store.open(dir.resolve("db"));
        NewsGraph.builder().threads(1).build().ingest(List.of(dir.resolve("in")), store, IngestListener.SILENT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String run(String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(Files.readString(Path.of("queries", file)), ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void contractQueries_returnExactlyTheContractColumns() throws IOException {
        for (var e : CONTRACT.entrySet()) {
            assertEquals(e.getValue(), run(e.getKey()).lines().findFirst().orElseThrow(), e.getKey());
        }
    }

    @Test
    void positions_articleIdIsTheArticleId() throws IOException {
        List<String> rows = run("positions.rq").lines().skip(1).toList();
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.endsWith(",wire/talks"), r));
    }

    @Test
    void everyQueryFile_opensWithItsQuestionAndRuns() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String query = Files.readString(f);
                assertTrue(query.startsWith("# "), f + " must open with the question it answers");
                if (query.contains("SERVICE <")) {
                    // Federated queries would reach Wikidata: they are parsed here and run in FederatedQueriesIT.
                    assertTrue(org.apache.jena.query.QueryFactory.create(query).isSelectType(), f.toString());
                } else {
                    assertFalse(run(f.getFileName().toString()).isEmpty(), f.toString());
                }
            }
        }
    }
}
