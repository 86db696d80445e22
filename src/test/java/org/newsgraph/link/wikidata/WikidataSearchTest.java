package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.Office;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.link.OfficeHoldersBuilder;
import org.newsgraph.link.PersonLinker;
import org.newsgraph.model.LinkMethod;

/** {@code --link-online} against a local server that answers as Wikidata's API does. */
class WikidataSearchTest {
    private static final PersonLinker.Person WARDAK = new PersonLinker.Person(List.of("Abdul Rahim Wardak"),
            List.of(new PersonLinker.Role("Defense Minister", "Q889")), Set.of("Q889", "Q30"),
            LocalDate.of(2010, 5, 1));

    @TempDir
    Path dir;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private PersonLinker linker(LocalHttp server, Duration timeout, Duration interval) {
        return WikidataSearch.linker(new WikidataSearch.Settings(server.uri("/w/api.php"), dir.resolve("cache"),
                timeout, interval), warnings::add);
    }

    private PersonLinker linker(LocalHttp server) {
        return linker(server, Duration.ofSeconds(10), Duration.ZERO);
    }

    private static PersonLinker.Person named(String name, Set<String> countries) {
        return new PersonLinker.Person(List.of(name), List.of(), countries, null);
    }

    @Test
    void link_theOneHumanOfTheNameInTheArticlesCountry_isLinkedWithTheOfficeItsTitleFits() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            PersonLinker.Link link = linker(server).link(WARDAK).orElseThrow();
            assertEquals(FakeWikidataApi.WARDAK, link.qid());
            assertEquals("Abdul Rahim Wardak", link.label());
            assertEquals(LinkMethod.ONLINE_SEARCH, link.method());
            assertEquals(List.of(new Office("Afghan Minister of Defense", "Q112999440", "Q889",
                    LocalDate.of(2004, 12, 23), LocalDate.of(2012, 8, 7))), link.offices());
            // search, the humans found under the whole name (not the longer one), then their positions
            assertEquals(List.of("wbsearchentities", "wbgetentities", "wbgetentities"),
                    FakeWikidataApi.actions(server));
            String people = FakeWikidataApi.params(server.requests().get(1).uri().getRawQuery()).get("ids");
            assertEquals(FakeWikidataApi.WARDAK, people);
            server.requests().forEach(r -> assertTrue(r.userAgent().startsWith("newsgraph/0.1.0 ("), r.userAgent()));
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void link_twoHumansOfTheNameFitTheArticle_linksNobody() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            assertEquals(Optional.empty(), linker(server).link(named("Wang Yi", Set.of("Q148"))));
            assertEquals(2, server.requests().size(), "asked, and found two");
        }
    }

    @Test
    void link_aShipOrAHumanOfAnotherCountry_isNoCandidate() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            PersonLinker online = linker(server);
            assertEquals("Q90000005", online.link(named("Nadia Exemple", Set.of("Q142", "Q30"))).orElseThrow().qid());
            assertEquals(Optional.empty(), online.link(named("Nadia Exemple", Set.of("Q30"))));
        }
    }

    @Test
    void link_withoutACountryInTheArticleOrWithOneWordOfAName_asksNothing() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            PersonLinker online = linker(server);
            assertEquals(Optional.empty(), online.link(named("Abdul Rahim Wardak", Set.of())));
            assertEquals(Optional.empty(), online.link(named("Wardak", Set.of("Q889"))));
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void aSecondRun_answersFromTheCacheFolder_withoutARequest() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            PersonLinker.Link first = linker(server).link(WARDAK).orElseThrow();
            int asked = server.requests().size();
            PersonLinker.Link second = linker(server).link(WARDAK).orElseThrow();
            assertEquals(first, second);
            assertEquals(asked, server.requests().size(), "the second linker read the answer from the folder");
            assertTrue(Files.isDirectory(dir.resolve("cache").resolve(WikidataSearch.ANSWERS)));
        }
    }

    @Test
    void workerThreadsAskingAboutOneName_sendOneSearch() throws Exception {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            PersonLinker online = linker(server);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Optional<PersonLinker.Link>>> links = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                links.add(pool.submit(() -> online.link(WARDAK)));
            }
            for (Future<Optional<PersonLinker.Link>> f : links) {
                assertEquals(FakeWikidataApi.WARDAK, f.get().orElseThrow().qid());
            }
            pool.shutdown();
            assertEquals(1, FakeWikidataApi.actions(server).stream().filter("wbsearchentities"::equals).count());
        }
    }

    @Test
    void requests_startAtLeastTheIntervalApart() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            long t0 = System.nanoTime();
            linker(server, Duration.ofSeconds(10), Duration.ofMillis(300)).link(WARDAK).orElseThrow();
            long took = System.nanoTime() - t0;
            // measured here, not by arrival at the server, where a loaded machine adds jitter to each request
            assertEquals(3, server.requests().size());
            assertTrue(took >= Duration.ofMillis(600).toNanos(), "three requests took " + took / 1_000_000 + " ms");
        }
    }

    @Test
    void anApiThatAnswers429_isAskedAgainAfterRetryAfter() throws IOException {
        FakeWikidataApi api = new FakeWikidataApi();
        LocalHttp.Handler busyOnce = (r, n) -> n == 1
                ? new LocalHttp.Reply(429, "text/plain", "Too many requests", Map.of("Retry-After", "1"), 0)
                : api.answer(r, n);
        try (LocalHttp server = LocalHttp.start(busyOnce)) {
            assertEquals(FakeWikidataApi.WARDAK, linker(server).link(WARDAK).orElseThrow().qid());
            assertEquals(4, server.requests().size());
            assertTrue(server.requests().get(1).nanos() - server.requests().get(0).nanos()
                    >= Duration.ofMillis(950).toNanos());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void anApiThatIsDown_linksNobody_warnsOnce_andNeverThrows() throws IOException {
        java.net.URI down = LocalHttp.down("/w/api.php");
        PersonLinker online = WikidataSearch.linker(new WikidataSearch.Settings(down, dir.resolve("cache")),
                warnings::add);
        assertEquals(Optional.empty(), online.link(WARDAK));
        assertEquals(Optional.empty(), online.link(named("Nadia Exemple", Set.of("Q142"))));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(down.toString()) && warnings.get(0).contains("offline"), warnings.get(0));
        Path answers = dir.resolve("cache").resolve(WikidataSearch.ANSWERS);
        if (Files.exists(answers)) {
            try (var files = Files.list(answers)) {
                assertEquals(List.of(), files.toList(), "a failure is not remembered as an answer");
            }
        }
    }

    @Test
    void afterTheApiFailed_answersKeptByAnEarlierRunStillLink() throws IOException {
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            linker(server).link(WARDAK).orElseThrow();
        }
        PersonLinker online = WikidataSearch.linker(new WikidataSearch.Settings(LocalHttp.down("/w/api.php"),
                dir.resolve("cache")), warnings::add);
        assertEquals(Optional.empty(), online.link(named("Nadia Exemple", Set.of("Q142"))));
        assertEquals(1, warnings.size(), "the API failed: " + warnings);
        assertEquals(FakeWikidataApi.WARDAK, online.link(WARDAK).orElseThrow().qid());
    }

    @Test
    void anApiSlowerThanTheTimeout_isGivenUpForTheRun() throws IOException {
        FakeWikidataApi api = new FakeWikidataApi();
        try (LocalHttp server = LocalHttp.start((r, n) -> api.answer(r, n).after(3000))) {
            PersonLinker online = linker(server, Duration.ofMillis(300), Duration.ZERO);
            assertEquals(Optional.empty(), online.link(WARDAK));
            assertEquals(Optional.empty(), online.link(named("Nadia Exemple", Set.of("Q142"))));
            assertEquals(1, server.requests().size(), "after the first timeout nothing more is sent");
        }
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("no answer within the timeout"), warnings.get(0));
    }

    @Test
    void withFallback_aNameTheKnowledgeBaseHasEvenAmbiguously_neverGoesOnline() throws IOException {
        Path tsv = Files.writeString(dir.resolve("kb.tsv"), "wikidata_qid\tname\tposition\tposition_qid\tcountry_qid"
                + "\tstart\tend\nQ90000002\tWang Yi\tMinister of Foreign Affairs\tQ1\tQ148\t2013\t\n"
                + "Q90000003\tWang Yi\tMember of the National People's Congress\tQ2\tQ148\t2008\t\n");
        OfficeHoldersBuilder.build(tsv, null, dir.resolve("kb"));
        try (LocalHttp server = LocalHttp.start(new FakeWikidataApi())) {
            PersonLinker linker = PersonLinker.withFallback(PersonLinker.of(OfficeHolders.load(dir.resolve("kb"))),
                    linker(server));
            assertEquals(Optional.empty(), linker.link(named("Wang Yi", Set.of("Q148"))));
            assertEquals(List.of(), server.requests(), "an ambiguous name of the knowledge base stays offline");
            assertEquals(FakeWikidataApi.WARDAK, linker.link(WARDAK).orElseThrow().qid());
            assertEquals(3, server.requests().size(), "a name no knowledge base has goes online");
        }
    }
}
