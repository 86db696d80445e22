package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.article;
import static org.newsgraph.ingest.Sources.failed;
import static org.newsgraph.ingest.Sources.only;
import static org.newsgraph.ingest.Sources.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class FeedReaderTest {
    private static final Path FEEDS = Path.of("src/test/resources/feeds");

    @TempDir
    Path dir;

    private static List<SourceItem> feed(Path... files) {
        List<String> locations = Stream.of(files).map(Path::toString).toList();
        ArticleSource source = ArticleSource.feeds(locations, ArticleSource.DEFAULT_MAX_ARTICLE_BYTES);
        try (Stream<SourceItem> items = source.items()) {
            return items.toList();
        }
    }

    @Test
    void rss_itemWithContentEncoded_isThatContentAsParagraphs_withLinkTitleDayAndFeedTitle() {
        Path rss = FEEDS.resolve("harbour-wire.rss");

        Article first = article(feed(rss).get(0));

        assertEquals("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in New Delhi"
                + " on Monday.\n\nThe two leaders spoke about critical minerals and a new shipping lane.",
                first.text());
        assertEquals("https://harbour-wire.example.org/2025/03/modi-albanese-delhi", first.url());
        assertEquals("Modi and Albanese talk trade in New Delhi", first.title());
        assertEquals(LocalDate.of(2025, 3, 11), first.published());
        assertEquals("Harbour Wire", first.source());
        assertEquals(rss + " item 1", first.origin());
    }

    @Test
    void rss_itemWithOnlyAnEscapedHtmlDescription_isItsText() {
        Article second = article(feed(FEEDS.resolve("harbour-wire.rss")).get(1));

        assertEquals("South African President Cyril Ramaphosa held a phone call with Canadian Prime Minister Mark"
                + " Carney on Wednesday.", second.text());
        assertEquals(LocalDate.of(2025, 3, 12), second.published());
    }

    @Test
    void atom_htmlContentBecomesText_plainSummaryStaysAsWritten_updatedStandsInForPublished() {
        List<SourceItem> items = feed(FEEDS.resolve("northern-desk.atom"));

        Article story = article(items.get(0));
        Article note = article(items.get(1));
        assertEquals("Brazilian President Luiz Inácio Lula da Silva met South African President Cyril Ramaphosa in"
                + " Brasilia on Wednesday.", story.text());
        assertEquals("https://northern-desk.example.org/stories/318", story.url());
        assertEquals(LocalDate.of(2025, 4, 2), story.published());
        assertEquals("Northern Desk", story.source());
        assertEquals("Ministers will gather again in June <as planned>.", note.text());
        assertEquals(LocalDate.of(2025, 4, 1), note.published());
    }

    @Test
    void ids_areStableSafeAndDistinct_andAFeedLocalGuidIsScopedByItsFeed() throws IOException {
        Path rss = FEEDS.resolve("harbour-wire.rss");
        Path copy = Files.copy(rss, dir.resolve("elsewhere.rss"));

        List<String> once = feed(rss).stream().map(item -> article(item).id()).toList();
        List<String> again = feed(rss).stream().map(item -> article(item).id()).toList();
        List<String> fromCopy = feed(copy).stream().map(item -> article(item).id()).toList();

        assertEquals(once, again);
        assertTrue(once.stream().allMatch(id -> id.matches("[a-z0-9-]{1,80}")), once.toString());
        assertTrue(once.get(0).startsWith("harbour-wire-example-org-2025-03-modi-albanese-delhi-"), once.get(0));
        assertNotEquals(once.get(0), once.get(1));
        assertEquals(once.get(0), fromCopy.get(0), "a URL guid names the item wherever it is read");
        assertNotEquals(once.get(1), fromCopy.get(1), "\"hw-20250312-0044\" names an item of its feed only");
    }

    @Test
    void malformedFeed_isOneFailureWithItsLocationAndReason_andTheNextFeedIsStillRead() {
        Path broken = FEEDS.resolve("broken.rss");

        List<SourceItem> items = feed(broken, FEEDS.resolve("northern-desk.atom"));

        assertEquals(3, items.size());
        SourceItem.Failed failure = failed(items.get(0));
        assertEquals(broken.toString(), failure.origin());
        assertTrue(failure.reason().startsWith("not an RSS or Atom feed: "), failure.reason());
        assertEquals("Northern Desk", article(items.get(1)).source());
    }

    @Test
    void itemWithoutTextOrWithoutName_failsAlone() throws IOException {
        Path rss = write(dir.resolve("gaps.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Gaps</title>
                  <item><title>Only a title</title><guid>https://gaps.example.org/1</guid></item>
                  <item><title>No name</title><description>Some words about nothing.</description></item>
                  <item><link>https://gaps.example.org/3</link><description>Text at last.</description></item>
                </channel></rss>
                """);

        List<SourceItem> items = feed(rss);

        assertEquals(new SourceItem.Failed(rss + " item 1", "no content or description"), items.get(0));
        assertEquals(new SourceItem.Failed(rss + " item 2", "no guid, id or link to name the item by"),
                items.get(1));
        assertEquals("Text at last.", article(items.get(2)).text());
    }

    @Test
    void feedWithADoctype_isRefused_soNoExternalEntityIsRead() throws IOException {
        Path secret = write(dir.resolve("secret.txt"), "do not read me");
        Path rss = write(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>T</title><item><guid>g</guid>"
                + "<description>&x;</description></item></channel></rss>");

        SourceItem.Failed failure = failed(only(feed(rss)));

        assertTrue(failure.reason().startsWith("not an RSS or Atom feed"), failure.reason());
    }

    @Test
    void day_isTheOneTheFeedWrites_notTheDayInUtc() throws IOException {
        Path rss = write(dir.resolve("west.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>West</title>
                  <item><guid>https://west.example.org/1</guid><pubDate>Mon, 10 Mar 2025 21:30:00 -0500</pubDate>
                    <description>Evening story.</description></item>
                  <item><guid>https://west.example.org/2</guid><pubDate>Sometime in March</pubDate>
                    <description>Undated story.</description></item>
                </channel></rss>
                """);
        Path atom = write(dir.resolve("west.atom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>West</title><id>urn:west</id>
                  <updated>2025-04-03T03:30:00Z</updated>
                  <entry><id>urn:west:1</id><title>T</title><updated>2025-04-02T23:30:00-04:00</updated>
                    <summary>Late story.</summary></entry>
                </feed>
                """);

        List<SourceItem> items = feed(rss, atom);

        assertEquals(LocalDate.of(2025, 3, 10), article(items.get(0)).published());
        assertEquals(null, article(items.get(1)).published());
        assertEquals(LocalDate.of(2025, 4, 2), article(items.get(2)).published());
    }
}
