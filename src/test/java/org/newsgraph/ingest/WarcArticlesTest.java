package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.article;
import static org.newsgraph.ingest.Sources.failed;
import static org.newsgraph.ingest.Sources.items;
import static org.newsgraph.ingest.Sources.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.newsgraph.model.Article;

class WarcArticlesTest {
    @TempDir
    Path dir;

    @Test
    void read_mixedArchive_pagesBecomeArticles_andEveryOtherRecordIsSkippedByKind() throws IOException {
        Path warc = write(dir.resolve("crawl.warc.gz"), WarcFiles.mixed(WarcCompression.GZIP).bytes());

        List<SourceItem> items = items(warc);

        List<Article> articles = items.stream().filter(SourceItem.Read.class::isInstance).map(Sources::article)
                .toList();
        assertEquals(List.of("www.ledger.example/world/2026/03/grain-corridor",
                "news.example.org/business/export-controls-" + hashOf(items, 1),
                "wire.example.net/talks/doha", "zeitung.example.de/politik/paris-reise"),
                articles.stream().map(Article::id).toList());
        assertEquals(Map.of("warcinfo record", 1L, "request record", 1L, "metadata record", 1L, "redirect", 1L,
                "not HTML", 1L, "error status", 1L), skippedByKind(items));
        assertEquals(4 + 6, items.size());
        articles.forEach(a -> assertFalse(a.text().contains("FURNITURE"), () -> a.id() + ":\n" + a.text()));
        assertTrue(items.stream().noneMatch(SourceItem.Failed.class::isInstance), items::toString);
    }

    @Test
    void read_archivedPage_takesUrlFromTarget_dateFromPageElseCapture_sourceFromSiteElseHost() throws IOException {
        Path warc = write(dir.resolve("crawl.warc"), WarcFiles.mixed(WarcCompression.NONE).bytes());

        List<Article> articles = items(warc).stream().filter(SourceItem.Read.class::isInstance)
                .map(Sources::article).toList();

        Article summit = articles.get(0);
        assertEquals("https://www.ledger.example/world/2026/03/grain-corridor", summit.url());
        assertEquals(LocalDate.of(2026, 3, 3), summit.published());
        assertEquals("Daily Ledger", summit.source());
        assertEquals("Leaders agree on grain corridor | Daily Ledger", summit.title());
        assertTrue(summit.text().contains("agreed to reopen a corridor for grain shipments"), summit.text());
        assertTrue(summit.origin().startsWith(warc + "@"), summit.origin());

        Article sanctions = articles.get(1);
        assertEquals(LocalDate.of(2026, 2, 27), sanctions.published(), "JSON-LD datePublished");
        assertEquals("news.example.org", sanctions.source());
        assertEquals("https://news.example.org/business/export-controls?ref=home", sanctions.url());

        Article talks = articles.get(2);
        assertEquals(LocalDate.of(2026, 3, 4), talks.published(), "no date in the page: the WARC-Date");
        assertEquals("wire.example.net", talks.source());
    }

    @Test
    void read_gzipMemberCutShort_failsAtItsOffset_afterEveryRecordBeforeIt() throws IOException {
        WarcFiles archive = WarcFiles.mixed(WarcCompression.GZIP);
        int cutAt = archive.size();
        archive.html("https://wire.example.net/late-story", NewsPages.TALKS);
        int member = archive.size() - cutAt;
        Path warc = write(dir.resolve("cut.warc.gz"), archive.cutAfter(cutAt, member / 2));

        List<SourceItem> items = items(warc);

        assertEquals(10 + 1, items.size(), items::toString);
        assertEquals(4, items.stream().filter(SourceItem.Read.class::isInstance).count());
        SourceItem.Failed cut = failed(items.get(items.size() - 1));
        assertEquals(warc.toString(), cut.origin());
        assertTrue(cut.reason().startsWith("corrupt or truncated WARC at byte offset " + cutAt + ": "), cut.reason());
        assertTrue(cut.reason().endsWith("; the records before it were read"), cut.reason());
    }

    @Test
    void read_garbageBetweenRecords_failsAtTheOffsetOfTheGarbage() throws IOException {
        WarcFiles archive = new WarcFiles(WarcCompression.NONE).info()
                .html("https://wire.example.net/talks/doha/", NewsPages.TALKS);
        int good = archive.size();
        byte[] bytes = archive.bytes();
        byte[] broken = java.util.Arrays.copyOf(bytes, good + 40);
        System.arraycopy("THIS IS NOT A WARC HEADER AT ALL\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0,
                broken, good, 38);
        Path warc = write(dir.resolve("bad.warc"), broken);

        List<SourceItem> items = items(warc);

        assertEquals("wire.example.net/talks/doha", article(items.get(1)).id());
        SourceItem.Failed bad = failed(items.get(2));
        assertTrue(bad.reason().startsWith("corrupt or truncated WARC at byte offset " + good + ": "), bad.reason());
        assertEquals(3, items.size());
    }

    @Test
    void read_notAWarcAtAll_failsAtOffsetZero() throws IOException {
        Path warc = write(dir.resolve("fake.warc.gz"), "just some text, no archive".getBytes(StandardCharsets.UTF_8));

        SourceItem.Failed failed = failed(Sources.only(items(warc)));

        assertTrue(failed.reason().startsWith("corrupt or truncated WARC at byte offset 0: "), failed.reason());
    }

    @Test
    void read_pageInLatin1_orWithACharsetJavaDoesNotKnow_isReadAndTheArchiveGoesOn() throws IOException {
        String page = "<html><body><article><p>Ministers met in Zürich on Monday to discuss the tariffs.</p>"
                + "</article></body></html>";
        WarcFiles archive = new WarcFiles(WarcCompression.GZIP)
                .response("https://a.example/latin", 200, "OK", MediaType.parse("text/html; charset=ISO-8859-1"),
                        page.getBytes(StandardCharsets.ISO_8859_1))
                .response("https://a.example/odd", 200, "OK", MediaType.parse("text/html; charset=utf-9x"),
                        page.getBytes(StandardCharsets.UTF_8))
                .html("https://a.example/last", page);
        Path warc = write(dir.resolve("charsets.warc.gz"), archive.bytes());

        List<SourceItem> items = items(warc);

        assertEquals(3, items.size(), items::toString);
        for (SourceItem item : items) {
            assertEquals("Ministers met in Zürich on Monday to discuss the tariffs.", article(item).text());
        }
    }

    @Test
    void walk_readsArchivesAmongOtherFiles_andDoesNotCountThemAsSkippedFiles() throws IOException {
        write(dir.resolve("in/a/crawl.warc.gz"), new WarcFiles(WarcCompression.GZIP)
                .html("https://wire.example.net/talks/doha/", NewsPages.TALKS).bytes());
        write(dir.resolve("in/b/plain.warc"), new WarcFiles(WarcCompression.NONE)
                .html("https://www.ledger.example/grain", NewsPages.SUMMIT).bytes());
        write(dir.resolve("in/c/note.txt"), "Ministers met in Vienna on Tuesday.");
        write(dir.resolve("in/c/crawl.warc.gz.open"), "a crawler's file still being written");

        List<String> ids = items(dir.resolve("in")).stream().map(Sources::article).map(Article::id).toList();

        assertEquals(List.of("wire.example.net/talks/doha", "www.ledger.example/grain", "c/note"), ids);
        assertEquals(List.of(dir.resolve("in/c/crawl.warc.gz.open")), SkippedFiles.under(List.of(dir.resolve("in"))));
    }

    @Test
    void targetIds_areStableSafeAndKeepQueriesApart() {
        String a = TargetIds.of("https://news.example.org/business/export-controls?ref=home");
        String b = TargetIds.of("https://news.example.org/business/export-controls?ref=feed");
        assertEquals(a, TargetIds.of("https://news.example.org/business/export-controls?ref=home"));
        assertFalse(a.equals(b));
        assertEquals("ledger.example/a-b/c-d", TargetIds.of("https://LEDGER.example/a%20b//c:d/"));
        assertEquals("ledger.example/-/x", TargetIds.of("https://ledger.example/../x"));
        String long1 = TargetIds.of("https://x.example/" + "y".repeat(500));
        assertTrue(long1.length() <= TargetIds.MAX_LENGTH + 11 && long1.matches("[A-Za-z0-9._/-]+"), long1);
    }

    private static String hashOf(List<SourceItem> items, int nthArticle) {
        String id = items.stream().filter(SourceItem.Read.class::isInstance).map(Sources::article)
                .toList().get(nthArticle).id();
        return id.substring(id.lastIndexOf('-') + 1);
    }

    private static Map<String, Long> skippedByKind(List<SourceItem> items) {
        Map<String, Long> kinds = new TreeMap<>();
        items.stream().filter(SourceItem.Skipped.class::isInstance).map(SourceItem.Skipped.class::cast)
                .forEach(s -> kinds.merge(s.kind(), 1L, Long::sum));
        return kinds;
    }
}
