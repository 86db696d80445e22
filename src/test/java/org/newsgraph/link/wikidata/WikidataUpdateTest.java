package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.link.NameKeys;
import org.newsgraph.link.Office;
import org.newsgraph.link.OfficeHolder;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.link.OfficeHoldersBuilder;

/** {@code kb update} against a local server that answers as the Wikidata Query Service does. */
class WikidataUpdateTest {
    private static final Duration QUICK = Duration.ofSeconds(10);
    static FakeQueryService wikidata;

    @TempDir
    Path dir;
    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void slices() throws IOException {
        wikidata = new FakeQueryService();
    }

    private OfficeHoldersBuilder.Report update(LocalHttp server, Duration timeout) throws IOException {
        return WikidataUpdate.run(new WikidataUpdate.Settings(server.uri("/sparql"), timeout), dir.resolve("kb"),
                progress::add);
    }

    /** A knowledge base of one person, as a previous build left it. */
    private OfficeHolders previous() throws IOException {
        Path tsv = Files.writeString(dir.resolve("old.tsv"), "wikidata_qid\tname\tposition\tposition_qid"
                + "\tcountry_qid\tstart\tend\nQ7747\tVladimir Putin\tPresident of Russia\tQ218295\tQ159\t2012\t\n");
        OfficeHoldersBuilder.build(tsv, null, dir.resolve("kb"));
        return OfficeHolders.load(dir.resolve("kb"));
    }

    private void assertKept(OfficeHolders before) throws IOException {
        OfficeHolders after = OfficeHolders.load(dir.resolve("kb"));
        assertEquals(before.manifest(), after.manifest());
        assertEquals(1, after.size());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".kb")).toList(),
                    "no half-built folder is left beside the knowledge base");
        }
    }

    @Test
    void update_asksEachStateAloneAndBuildsTheKnowledgeBaseFromTheRows() throws IOException {
        try (LocalHttp server = LocalHttp.start(wikidata)) {
            OfficeHoldersBuilder.Report report = update(server, QUICK);
            assertEquals(wikidata.peopleSince1990().size(), report.people());
            List<LocalHttp.Request> requests = server.requests();
            // the scopes, then Afghanistan, Iran and Israel one by one, then both organizations together
            assertEquals(5, requests.size());
            List<List<String>> asked = requests.stream().map(r -> FakeQueryService.scopes(FakeQueryService.query(r)))
                    .toList();
            assertEquals(List.of(), asked.get(0));
            assertEquals(3, asked.stream().filter(s -> s.size() == 1 && FakeQueryService.STATES.containsKey(s.get(0)))
                    .count());
            assertTrue(asked.contains(List.of(FakeQueryService.COURT, FakeQueryService.UN)), asked.toString());
            requests.forEach(r -> assertTrue(r.userAgent().startsWith("newsgraph/0.1.0 (") && r.method().equals("POST"),
                    r.userAgent()));
            assertEquals(5, progress.size(), "the plan and a line per request: " + progress);
        }
        OfficeHolders kb = OfficeHolders.load(dir.resolve("kb"));
        assertTrue(kb.manifest().get("officeholders").startsWith("http://"), "the manifest names the service, not"
                + " a temporary file: " + kb.manifest());
        OfficeHolder wardak = kb.named(NameKeys.key("Abdul Rahim Wardak")).get(0).person();
        assertEquals("Q317373", wardak.qid());
        assertTrue(wardak.offices().contains(new Office("Afghan Minister of Defense", "Q112999440", "Q889",
                LocalDate.of(2004, 12, 23), LocalDate.of(2012, 8, 7))), wardak.offices().toString());
    }

    @Test
    void update_keepsOtherLabelsAndOrganizationsOfficesWithoutACountry() throws IOException {
        try (LocalHttp server = LocalHttp.start(wikidata)) {
            update(server, QUICK);
        }
        OfficeHolders kb = OfficeHolders.load(dir.resolve("kb"));
        Map<String, String> named = wikidata.aliases.values().stream()
                .filter(a -> !a.get("other_labels").isBlank()
                        && wikidata.peopleSince1990().contains(a.get("wikidata_qid")))
                .findFirst().orElseThrow();
        String other = named.get("other_labels").split(";")[0].strip();
        assertTrue(kb.named(NameKeys.key(other)).stream()
                        .anyMatch(n -> n.person().qid().equals(named.get("wikidata_qid"))),
                other + " should name " + named.get("wikidata_qid"));
        Map<String, String> judge = wikidata.byScope.get(FakeQueryService.COURT).get(0);
        OfficeHolder j = kb.named(NameKeys.key(judge.get("name"))).stream().map(OfficeHolders.Named::person)
                .filter(p -> p.qid().equals(judge.get("wikidata_qid"))).findFirst().orElseThrow();
        assertTrue(j.offices().stream().anyMatch(o -> o.title().contains("International Court of Justice")
                && o.countryQid() == null), j.offices().toString());
    }

    @Test
    void update_whenTheServiceAnswers429_waitsAsRetryAfterSaysAndGoesOn() throws IOException {
        LocalHttp.Handler busyOnce = (r, n) -> n == 2
                ? new LocalHttp.Reply(429, "text/plain", "Too Many Requests", Map.of("Retry-After", "1"), 0)
                : wikidata.answer(r, n);
        try (LocalHttp server = LocalHttp.start(busyOnce)) {
            update(server, QUICK);
            List<LocalHttp.Request> requests = server.requests();
            assertEquals(6, requests.size());
            long waited = requests.get(2).nanos() - requests.get(1).nanos();
            assertTrue(waited >= Duration.ofMillis(950).toNanos(), "waited " + waited / 1_000_000 + " ms");
            assertEquals(FakeQueryService.query(requests.get(1)), FakeQueryService.query(requests.get(2)));
        }
    }

    @Test
    void update_whenTheServiceStaysBusy_givesUpAfterAFewTriesAndKeepsTheOldKb() throws IOException {
        OfficeHolders before = previous();
        LocalHttp.Handler busy = (r, n) -> new LocalHttp.Reply(429, "text/plain", "Too Many Requests",
                Map.of("Retry-After", "0"), 0);
        try (LocalHttp server = LocalHttp.start(busy)) {
            NewsGraphException e = assertThrows(NewsGraphException.class, () -> update(server, QUICK));
            assertEquals(PoliteHttp.ATTEMPTS, server.requests().size());
            assertTrue(e.getMessage().contains("HTTP 429") && e.getMessage().contains(server.uri("/sparql").toString()),
                    e.getMessage());
        }
        assertKept(before);
    }

    @Test
    void update_whenSeveralScopesTogetherRunOutOfTime_asksAgainInHalves() throws IOException {
        // the service's own answer to a query it stopped at 60 seconds
        LocalHttp.Handler slowTogether = (r, n) -> FakeQueryService.scopes(FakeQueryService.query(r)).size() > 1
                ? new LocalHttp.Reply(500, "text/plain", "java.util.concurrent.ExecutionException:"
                        + " java.util.concurrent.TimeoutException", Map.of(), 0)
                : wikidata.answer(r, n);
        try (LocalHttp server = LocalHttp.start(slowTogether)) {
            OfficeHoldersBuilder.Report report = update(server, QUICK);
            assertEquals(wikidata.peopleSince1990().size(), report.people());
            List<List<String>> asked = server.requests().stream()
                    .map(r -> FakeQueryService.scopes(FakeQueryService.query(r))).toList();
            assertTrue(asked.contains(List.of(FakeQueryService.COURT)) && asked.contains(List.of(FakeQueryService.UN)),
                    asked.toString());
        }
        assertTrue(progress.stream().anyMatch(p -> p.contains("two halves")), progress.toString());
    }

    @Test
    void update_whenOneStateIsSlowerThanTheTimeout_failsAndKeepsTheOldKb() throws IOException {
        OfficeHolders before = previous();
        LocalHttp.Handler slowIran = (r, n) -> FakeQueryService.scopes(FakeQueryService.query(r)).contains("Q794")
                ? wikidata.answer(r, n).after(3000) : wikidata.answer(r, n);
        try (LocalHttp server = LocalHttp.start(slowIran)) {
            NewsGraphException e = assertThrows(NewsGraphException.class,
                    () -> update(server, Duration.ofMillis(500)));
            assertTrue(e.getMessage().contains("Iran") && e.getMessage().contains("time limit")
                    && e.getMessage().contains("as it was"), e.getMessage());
        }
        assertKept(before);
    }

    @Test
    void update_whenTheServiceIsDown_failsNamingTheEndpointAndKeepsTheOldKb() throws IOException {
        OfficeHolders before = previous();
        URI down = LocalHttp.down("/sparql");
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> WikidataUpdate.run(
                new WikidataUpdate.Settings(down, QUICK), dir.resolve("kb"), progress::add));
        assertTrue(e.getMessage().contains(down.toString()) && e.getMessage().contains("could not connect"),
                e.getMessage());
        assertKept(before);
    }

    @Test
    void update_failingHalfWay_keepsThePreviousKnowledgeBase() throws IOException {
        OfficeHolders before = previous();
        LocalHttp.Handler failsAtFour = (r, n) -> n >= 4
                ? new LocalHttp.Reply(502, "text/html", "<html><body>Bad Gateway</body></html>", Map.of(), 0)
                : wikidata.answer(r, n);
        try (LocalHttp server = LocalHttp.start(failsAtFour)) {
            NewsGraphException e = assertThrows(NewsGraphException.class, () -> update(server, QUICK));
            assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        }
        assertEquals(3, progress.size(), "the plan and two states fetched before the failure: " + progress);
        assertKept(before);
    }

    @Test
    void dates_keepWhatWikidataKnows_theDayOrTheYear() {
        assertEquals("2004-12-23", OfficeRows.day("2004-12-23T00:00:00Z", "11"));
        assertEquals("2004", OfficeRows.day("2004-06-01T00:00:00Z", "10"));
        assertEquals("1990", OfficeRows.day("1990-01-01T00:00:00Z", "9"));
        assertEquals("", OfficeRows.day("1900-01-01T00:00:00Z", "7"));
        assertEquals("", OfficeRows.day(null, null));
    }
}
