package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** The command line as a user runs it: exit codes, stdout for results only, one-line errors. */
class MainIT {
    @TempDir
    static Path dir;
    static Path db;
    static Run ingest;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(results)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, results.toString(StandardCharsets.UTF_8) + out, err.toString());
    }

    @BeforeAll
    static void ingestGoodAndBadFiles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Chilean President Gabriel Boric met Argentine President"
                + " Javier Milei in Santiago on Monday.");
        Files.writeString(in.resolve("good.json"), "{\"published\": \"2025-05-20\", \"source\": \"Andes Wire\"}");
        Files.write(in.resolve("corrupt.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        Files.writeString(in.resolve("empty.txt"), "");
        db = dir.resolve("db");
        ingest = run("ingest", "--db", db.toString(), in.toString());
    }

    @Test
    void ingest_badFilesAmongGood_exitsOneNamesEachAndStoresTheGood() {
        assertEquals(1, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains("corrupt.txt"), ingest.err());
        assertTrue(ingest.err().contains("UTF-8"), ingest.err());
        assertTrue(ingest.err().contains("empty.txt"), ingest.err());
        Run people = run("query", "--db", db.toString(), "--format", "csv", "queries/people.rq");
        assertEquals(0, people.code(), people.err());
        assertTrue(people.out().contains("Gabriel Boric"), people.out());
        assertTrue(people.out().contains("Javier Milei"), people.out());
    }

    @Test
    void query_csv_writesOnlyTheResultsWithTheContractHeader() {
        Run r = run("query", "--db", db.toString(), "--format", "csv", "queries/countries.rq");
        assertEquals("country,name,wikidata", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("Chile,http://www.wikidata.org/entity/Q298"), r.out());
    }

    @Test
    void query_eachFormat_isAccepted() {
        for (String format : new String[] {"csv", "tsv", "json", "text"}) {
            Run r = run("query", "--db", db.toString(), "--format", format, "queries/people.rq");
            assertEquals(0, r.code(), format + ": " + r.err());
            assertTrue(r.out().contains("Boric"), format);
        }
    }

    @Test
    void query_unknownFormat_isAUsageError() {
        assertEquals(2, run("query", "--db", db.toString(), "--format", "xml", "queries/people.rq").code());
    }

    @Test
    void query_missingStoreOrFile_isOneUsageErrorLine() {
        Run noStore = run("query", "--db", dir.resolve("nothing").toString(), "queries/people.rq");
        assertEquals(2, noStore.code());
        assertEquals(1, noStore.err().lines().count(), noStore.err());
        Run noFile = run("query", "--db", db.toString(), "queries/no-such.rq");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().startsWith("error: no query file"), noFile.err());
    }

    @Test
    void stats_countsWhatTheStoreHolds() {
        Run r = run("stats", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("articles       1"), r.out());
        assertTrue(r.out().contains("people         2"), r.out());
    }

    @Test
    void serve_watchingAMissingFolder_isOneUsageErrorLine() {
        Run r = run("serve", "--db", dir.resolve("watch-db").toString(), "--port", "0", "--watch",
                dir.resolve("no-such-folder").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("error: no folder to watch at " + dir.resolve("no-such-folder")),
                r.err());
    }

    @Test
    void missingOption_isAUsageError() {
        assertEquals(2, run("ingest").code());
    }

    @Test
    void compact_storeWrittenBatchByBatch_movesItsContentsToAFreshGenerationAndDropsTheOld() {
        Path batched = dir.resolve("batched");
        assertEquals(0, run("ingest", "--db", batched.toString(), "--batch-size", "1", "samples").code());
        String before = run("stats", "--db", batched.toString()).out();

        Run compact = run("compact", "--db", batched.toString());

        assertEquals(0, compact.code(), compact.err());
        assertTrue(compact.out().startsWith("compacted " + batched), compact.out());
        assertEquals(before, run("stats", "--db", batched.toString()).out());
        assertEquals(List.of("Data-0002"), generations(batched));
    }

    private static List<String> generations(Path store) {
        try (var entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
