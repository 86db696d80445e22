package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A command called wrongly says so in one line naming the option and where the help is, and exits with 2. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    private String failing(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main(new ByteArrayOutputStream()));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(2, cl.execute(args), String.join(" ", args) + " gave: " + err);
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("Exception"), "a sentence, not an exception: " + message);
        assertTrue(message.startsWith("error: ") && message.endsWith("--help')"), message);
        return message;
    }

    @Test
    void ingest_withNoWorkerThreads_isAUsageErrorAndLeavesNoStore() {
        Path db = dir.resolve("db");
        assertTrue(failing("ingest", "--db", db.toString(), "--threads", "0", dir.toString()).contains("--threads"));
        assertFalse(Files.exists(db), "no store folder is made for a call that was refused");
    }

    @Test
    void ingest_withAZeroBatchOrANonNumber_isAUsageError() {
        Path db = dir.resolve("db");
        assertTrue(failing("ingest", "--db", db.toString(), "--batch-size", "0", dir.toString())
                .contains("--batch-size"));
        assertTrue(failing("ingest", "--db", db.toString(), "--threads", "two", dir.toString()).contains("'two'"));
    }

    @Test
    void export_withAnImpossibleDay_saysHowToWriteOne() {
        String message = failing("export", "--db", dir.toString(), "--format", "gexf", "--output",
                dir.resolve("g.gexf").toString(), "--from", "2025-13-01");
        assertTrue(message.contains("--from") && message.contains("YYYY-MM-DD"), message);
    }

    @Test
    void anUnknownOption_isAUsageError() {
        assertTrue(failing("stats", "--db", dir.toString(), "--colour").contains("--colour"));
    }

    @Test
    void ingest_withNeitherPathNorFeed_orAFeedOfAnotherScheme_isAUsageError() {
        Path db = dir.resolve("db");
        assertTrue(failing("ingest", "--db", db.toString()).contains("nothing to read"));
        assertTrue(failing("ingest", "--db", db.toString(), "--feed", "ftp://example.org/feed.xml")
                .contains("only http and https feeds are read"));
        assertTrue(failing("ingest", "--db", db.toString(), "--feed", dir.toString()).contains("(it is a folder)"));
        assertFalse(Files.exists(db), "no store folder is made for a call that was refused");
    }

    @Test
    void serve_withAMissingOrBadFeedList_orABadInterval_isAUsageErrorAndLeavesNoStore() throws Exception {
        Path db = dir.resolve("db");
        Path list = Files.writeString(dir.resolve("feeds.txt"), "# feeds\nhttp://127.0.0.1:9/rss\nnope.rss\n");
        Path comments = Files.writeString(dir.resolve("none.txt"), "# nothing yet\n\n");

        assertTrue(failing("serve", "--db", db.toString(), "--feeds", dir.resolve("missing.txt").toString())
                .contains("no file of feeds at"));
        assertTrue(failing("serve", "--db", db.toString(), "--feeds", list.toString())
                .contains("line 3: nope.rss is neither an http(s) URL nor a feed file"));
        assertTrue(failing("serve", "--db", db.toString(), "--feeds", comments.toString()).contains("names no feed"));
        assertTrue(failing("serve", "--db", db.toString(), "--feeds", list.toString(), "--feed-interval", "soon")
                .contains("'soon' is no duration"));
        assertTrue(failing("serve", "--db", db.toString(), "--feeds", list.toString(), "--feed-interval", "0")
                .contains("--feed-interval must be at least one second"));
        assertFalse(Files.exists(db), "no store folder is made for a call that was refused");
    }
}
