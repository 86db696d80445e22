package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.FeedServer;

/**
 * {@code ingest --feed} as a user runs it, against feeds on a local HTTP server: the items of an RSS and an Atom
 * feed are stored with what their sentences state and the metadata of the feed, a broken feed is named with its
 * reason (exit 1), and reading the feeds again replaces rather than doubles.
 */
class FeedIngestIT {
    private static final Path FEEDS = Path.of("src/test/resources/feeds");

    @TempDir
    static Path dir;
    static Path db;
    static FeedServer server;
    static String rss;
    static String atom;
    static String broken;
    static MainIT.Run first;
    static MainIT.Run second;

    @BeforeAll
    static void ingestTheFeedsTwice() throws IOException {
        server = new FeedServer();
        rss = server.put("/wire/harbour.rss", Files.readString(FEEDS.resolve("harbour-wire.rss")));
        atom = server.put("/desk/northern.atom", Files.readString(FEEDS.resolve("northern-desk.atom")));
        broken = server.put("/broken.rss", Files.readString(FEEDS.resolve("broken.rss")));
        db = dir.resolve("db");
        first = MainIT.run("ingest", "--db", db.toString(), "--feed", rss, "--feed", atom, "--feed", broken);
        second = MainIT.run("ingest", "--db", db.toString(), "--feed", rss, "--feed", atom);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String query(String file) {
        MainIT.Run r = MainIT.run("query", "--db", db.toString(), "--format", "csv", file);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void ingest_rssAndAtomFeeds_storeThePeopleTheirItemsName() {
        String people = query("queries/people.rq");

        for (String name : List.of("Narendra Modi", "Anthony Albanese", "Cyril Ramaphosa", "Mark Carney",
                "Luiz Inácio Lula da Silva")) {
            assertTrue(people.contains(name), name + " missing from\n" + people);
        }
    }

    @Test
    void ingest_rssAndAtomFeeds_storeTheMeetingsTheirSentencesState() {
        String meetings = query("queries/meetings.rq");

        assertTrue(meetings.lines().anyMatch(l -> l.contains("Narendra Modi") && l.contains("New Delhi")),
                meetings);
        assertTrue(meetings.lines().anyMatch(l -> l.contains("Mark Carney") && l.contains(",call,")), meetings);
        assertTrue(meetings.lines().anyMatch(l -> l.contains("Cyril Ramaphosa") && l.contains("Bras")), meetings);
    }

    @Test
    void ingest_feedItems_keepLinkTitleDayAndFeedTitle() throws IOException {
        Path q = Files.writeString(dir.resolve("articles.rq"), """
                PREFIX schema: <http://schema.org/>
                SELECT ?id ?url ?title ?date ?source WHERE {
                  ?a schema:identifier ?id ; schema:url ?url ; schema:headline ?title ;
                     schema:datePublished ?date ; schema:publisher ?source
                } ORDER BY ?date
                """);

        List<String> rows = query(q.toString()).lines().skip(1).toList();

        assertEquals(4, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).matches("harbour-wire-example-org-2025-03-modi-albanese-delhi-[0-9a-f]{12},"
                + "https://harbour-wire.example.org/2025/03/modi-albanese-delhi,Modi and Albanese talk trade in New"
                + " Delhi,2025-03-11,Harbour Wire"), rows.get(0));
        assertTrue(rows.get(3).matches("[a-z0-9-]+,https://northern-desk.example.org/stories/318,Lula receives"
                + " Ramaphosa in Brasilia,2025-04-02,Northern Desk"), rows.get(3));
    }

    @Test
    void ingest_brokenFeedAmongGood_isNamedWithItsReason_exitsOne_andTheOthersAreStored() {
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().contains("error: " + broken + ": not an RSS or Atom feed"), first.err());
        assertTrue(first.err().contains("ingested 4 articles") && first.err().contains("1 failed"), first.err());
    }

    @Test
    void ingest_sameFeedsAgain_replacesRatherThanDoubles() {
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("ingested 4 articles") && second.err().contains("4 unchanged"),
                second.err());
        String ids = query(writeQuery(
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }"));
        assertEquals("4", ids.lines().skip(1).findFirst().orElse("").strip(), ids);
    }

    @Test
    void ingest_neitherPathNorFeed_isAUsageError() {
        MainIT.Run r = MainIT.run("ingest", "--db", dir.resolve("unused").toString());

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: nothing to read: give a PATH"), r.err());
        assertTrue(Files.notExists(dir.resolve("unused")));
    }

    @Test
    void ingest_feedThatIsNeitherUrlNorFile_isAUsageError() {
        MainIT.Run r = MainIT.run("ingest", "--db", dir.resolve("unused").toString(), "--feed", "no-such.rss");

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--feed no-such.rss is neither an http(s) URL nor a feed file"), r.err());
    }

    private static String writeQuery(String sparql) {
        try {
            return Files.writeString(Files.createTempFile(dir, "q", ".rq"), sparql, StandardCharsets.UTF_8).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
