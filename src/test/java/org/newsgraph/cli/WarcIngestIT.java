package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsgraph.ingest.NewsPages;
import org.newsgraph.ingest.WarcFiles;
import picocli.CommandLine;

/**
 * Issue 12's done-when, through the CLI: a web archive of pages in English and German, a redirect, a PDF, a 404,
 * requests and metadata, whose last gzip member is cut short. The English pages are stored with their main text;
 * everything else is counted by kind; the cut is an error naming the file and its offset, and the exit code is 1.
 */
class WarcIngestIT {
    @TempDir
    static Path dir;
    static Path warc;
    static int cutAt;
    static Run ingest;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void ingestTheArchive() throws IOException {
        WarcFiles archive = WarcFiles.mixed(WarcCompression.GZIP);
        cutAt = archive.size();
        archive.html("https://wire.example.net/late-story", NewsPages.TALKS);
        warc = Files.write(dir.resolve("crawl.warc.gz"), archive.cutAfter(cutAt, (archive.size() - cutAt) / 2));
        ingest = run("ingest", "--threads", "1", "--db", dir.resolve("db").toString(), warc.toString());
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine(new Main(out));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void ingest_cutArchive_failsWithTheFileAndOffset_exitCodeOne() {
        assertEquals(1, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains("error: " + warc + ": corrupt or truncated WARC at byte offset " + cutAt
                + ": "), ingest.err());
        assertTrue(ingest.err().contains("ingested 3 articles into ")
                && ingest.err().contains(": 3 written, 0 unchanged, 1 failed"), ingest.err());
    }

    @Test
    void ingest_countsEveryRecordItPassesOver_byKind_germanByItsLanguage() {
        String skipped = ingest.err().lines().filter(l -> l.startsWith("skipped ")).findFirst().orElse("");

        assertTrue(skipped.startsWith("skipped 7 items on purpose: "), ingest.err());
        for (String kind : List.of("1 not English (deu)", "1 redirect", "1 not HTML", "1 error status",
                "1 request record", "1 metadata record", "1 warcinfo record")) {
            assertTrue(skipped.contains(kind), () -> kind + " missing in: " + skipped);
        }
    }

    @Test
    void ingest_wholeArchive_verbose_exitsZero_andListsEachSkippedRecordWithItsOffset() throws IOException {
        Path whole = Files.write(dir.resolve("whole.warc"), WarcFiles.mixed(WarcCompression.NONE).bytes());

        Run run = run("ingest", "--verbose", "--threads", "1", "--db", dir.resolve("db2").toString(),
                whole.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().matches("(?s).*skipped: " + java.util.regex.Pattern.quote(whole.toString())
                + "@\\d+: redirect \\(301 http://ledger\\.example/grain\\).*"), run.err());
        assertTrue(run.err().contains("(id zeitung.example.de/politik/paris-reise): not English (deu)"), run.err());
        assertFalse(run.err().contains("--verbose lists them"), run.err());
    }

    @Test
    void ingest_storesTheEnglishPages_withTheirMainTextAndMetadata() throws IOException {
        Path rq = Files.writeString(dir.resolve("articles.rq"), """
                # The stored articles, their addresses and publishers.
                PREFIX schema: <http://schema.org/>
                SELECT ?id ?url ?publisher WHERE {
                  ?a schema:identifier ?id ; schema:url ?url .
                  OPTIONAL { ?a schema:publisher ?publisher }
                } ORDER BY ?id
                """);

        Run query = run("query", "--db", dir.resolve("db").toString(), "--format", "csv", rq.toString());

        assertEquals(0, query.code(), query.err());
        List<String> rows = query.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("news.example.org/business/export-controls-" + rows.get(0).substring(
                rows.get(0).lastIndexOf('-') + 1), "wire.example.net/talks/doha",
                "www.ledger.example/world/2026/03/grain-corridor"), rows, query.out());
        assertFalse(query.out().contains("zeitung"), query.out());
        assertTrue(query.out().contains("https://www.ledger.example/world/2026/03/grain-corridor,Daily Ledger"),
                query.out());
        assertTrue(query.out().contains("https://wire.example.net/talks/doha/,wire.example.net"), query.out());
    }
}
