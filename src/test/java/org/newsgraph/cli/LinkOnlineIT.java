package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.wikidata.FakeWikidataApi;
import org.newsgraph.link.wikidata.LocalHttp;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * {@code ingest --link-online} end to end, against a local server in the formats of Wikidata's API: a person no
 * knowledge base has is linked, the answer is kept, and a later run with the API down reads it from the cache
 * and goes on offline for the names it has not seen.
 */
class LinkOnlineIT {
    private static final String WARDAK = "http://www.wikidata.org/entity/" + FakeWikidataApi.WARDAK;

    @TempDir
    Path dir;


    private static String people(Path db) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store store = Store.open(db)) {
            store.query(Files.readString(Path.of("queries", "people.rq")), ResultFormat.CSV, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A knowledge base of somebody else, so the test never reads the user's own at ~/.newsgraph/kb. */
    private Path otherKb() throws IOException {
        Path tsv = Files.writeString(dir.resolve("kb.tsv"), "wikidata_qid\tname\tposition\tposition_qid"
                + "\tcountry_qid\tstart\tend\nQ7747\tVladimir Putin\tPresident of Russia\tQ218295\tQ159\t2012\t\n");
        assertEquals(0, CliRun.of("kb", "build", "--officeholders", tsv.toString(), "--out", dir.resolve("kb").toString())
                .code());
        return dir.resolve("kb");
    }

    private List<String> ingest(Path db, Path in, Path kb, String api) {
        return List.of("ingest", "--threads", "2", "--db", db.toString(), "--kb", kb.toString(), "--link-online",
                "--online-cache", dir.resolve("cache").toString(), "--wikidata-api", api, in.toString());
    }

    @Test
    void ingest_linkOnline_linksAnUnknownPerson_thenReadsTheCacheAndSurvivesTheApiBeingDown() throws IOException {
        Path kb = otherKb();
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.writeString(first.resolve("kabul.txt"), "Afghan Defense Minister Abdul Rahim Wardak met army"
                + " commanders in Kabul on Sunday to discuss the security of Afghanistan's border provinces.");
        try (LocalHttp api = LocalHttp.start(new FakeWikidataApi())) {
            CliRun r = CliRun.of(ingest(dir.resolve("db1"), first, kb, api.uri("/w/api.php").toString())
                    .toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("Wikidata's search at " + api.uri("/w/api.php")), r.err());
            assertTrue(FakeWikidataApi.actions(api).contains("wbsearchentities"), "asked: " + api.requests());
        }
        assertTrue(people(dir.resolve("db1")).contains(WARDAK), people(dir.resolve("db1")));

        Path second = Files.createDirectories(dir.resolve("second"));
        Files.copy(first.resolve("kabul.txt"), second.resolve("kabul.txt"));
        Files.writeString(second.resolve("paris.txt"), "French Foreign Minister Nadia Exemple arrived in Paris on"
                + " Monday after talks with the Canadian Foreign Minister Marc Tremblay-Ouimet in Ottawa.");
        CliRun down = CliRun.of(ingest(dir.resolve("db2"), second, kb, LocalHttp.down("/w/api.php").toString())
                .toArray(String[]::new));
        assertEquals(0, down.code(), "the ingest does not fail for the network: " + down.err());
        List<String> warnings = down.err().lines().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), down.err());
        assertTrue(warnings.get(0).contains("offline"), warnings.get(0));
        assertTrue(people(dir.resolve("db2")).contains(WARDAK), "linked from the cache: " + people(dir.resolve("db2")));
    }
}
