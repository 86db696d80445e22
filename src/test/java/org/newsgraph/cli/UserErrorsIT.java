package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command, called with the mistakes users make: each answer is one sentence naming the thing, the reason and
 * the fix, never an exception's name or a stack trace; exit code 2 for a wrong call, 1 for a run that failed; and
 * nothing is left behind (no store folder, no export file).
 */
class UserErrorsIT {
    @TempDir
    static Path dir;
    static Path store;
    static Path missing;

    @BeforeAll
    static void anEmptyStore() throws IOException {
        store = dir.resolve("store");
        assertEquals(0, run("ingest", "--db", store.toString(), Files.createDirectories(dir.resolve("none")).toString())
                .code(), "an ingest of an empty folder makes an empty store");
        missing = dir.resolve("no-such-thing");
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static Stream<Arguments> wrongCalls() {
        String db = "--db";
        return Stream.of(
                Arguments.of(List.of("ingest", db, "%new", "%missing"), "no file or folder at"),
                Arguments.of(List.of("ingest", db, "%new", "--threads", "0", "%none"), "--threads"),
                Arguments.of(List.of("ingest", db, "%file", "%none"), "is a file"),
                Arguments.of(List.of("query", db, "%new", "%query"), "no store at"),
                Arguments.of(List.of("query", db, "%store", "%missing"), "no query file"),
                Arguments.of(List.of("query", db, "%store", "--format", "xml", "%query"), "xml"),
                Arguments.of(List.of("serve", db, "%new", "--port", "70000"), "--port"),
                Arguments.of(List.of("serve", db, "%new", "--timeout", "0"), "--timeout"),
                Arguments.of(List.of("serve", db, "%new", "--watch", "%missing"), "--watch"),
                Arguments.of(List.of("export", db, "%store", "--format", "gexf", "--output", "%missing/g.gexf"),
                        "create it first"),
                Arguments.of(List.of("export", db, "%new", "--format", "gexf", "--output", "%out"), "no store at"),
                Arguments.of(List.of("export", db, "%store", "--format", "svg", "--output", "%out"), "svg"),
                Arguments.of(List.of("export", db, "%store", "--format", "gexf", "--output", "%out", "--from",
                        "2025-13-01"), "YYYY-MM-DD"),
                Arguments.of(List.of("validate", db, "%new"), "no store at"),
                Arguments.of(List.of("stats", db, "%new"), "no store at"),
                Arguments.of(List.of("compact", db, "%new"), "no store at"),
                Arguments.of(List.of("bench", "--articles", "0"), "--articles"),
                Arguments.of(List.of("bench", "--samples", "%missing"), "--samples"),
                Arguments.of(List.of("annotate", "%missing"), "no file or folder at"),
                Arguments.of(List.of("show", db, "%new", "Q7747"), "no store at"),
                Arguments.of(List.of("stats", db, "%store", "--colour"), "--colour"));
    }

    @ParameterizedTest
    @MethodSource("wrongCalls")
    void aWrongCall_isOneSentenceNamingTheMistake_exit2_andLeavesNothing(List<String> call, String named)
            throws IOException {
        Path fresh = dir.resolve("new-" + System.nanoTime());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path query = Files.writeString(dir.resolve("q.rq"), "SELECT * WHERE { ?s ?p ?o }");
        Path out = dir.resolve("out-" + System.nanoTime() + ".gexf");
        String[] args = call.stream().map(a -> a.replace("%new", fresh.toString()).replace("%missing",
                missing.toString()).replace("%none", dir.resolve("none").toString()).replace("%file", file.toString())
                .replace("%store", store.toString()).replace("%query", query.toString()).replace("%out",
                        out.toString())).toArray(String[]::new);

        CliRun r = run(args);

        String message = oneSentence(r, String.join(" ", args));
        assertEquals(2, r.code(), message);
        assertTrue(message.contains(named), message);
        assertTrue(message.endsWith("--help')"), "says where the help is: " + message);
        assertFalse(Files.exists(fresh), "no store folder is made for a call that was refused");
        assertFalse(Files.exists(out), "no export file is made for a call that was refused");
        assertFalse(Files.exists(missing), "nothing is made at a path that was not there");
    }

    @Test
    void serve_onAPortInUse_namesThePortAndTheOptionToChooseAnother_exit1_andLeavesNoStore() throws IOException {
        Path fresh = dir.resolve("served");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = run("serve", "--db", fresh.toString(), "--host", "127.0.0.1", "--port",
                    Integer.toString(taken.getLocalPort()));

            String message = oneSentence(r, "serve on a port in use");
            assertEquals(1, r.code(), message);
            assertTrue(message.contains("port " + taken.getLocalPort()) && message.contains("in use")
                    && message.contains("--port"), message);
        }
        assertFalse(Files.exists(fresh), "the store serve made for this run is taken away again");
    }

    @Test
    void show_ofANameTheStoreDoesNotHold_saysSoAndHowToListNames_exit1() {
        CliRun r = run("show", "--db", store.toString(), "Nobody Known");

        String message = oneSentence(r, "show of an unknown name");
        assertEquals(1, r.code(), message);
        assertTrue(message.contains("'Nobody Known'") && message.contains("people.rq"), message);
    }

    @Test
    void ingest_intoAnExistingStore_ofAPathThatIsNotThere_leavesTheStoreAsItWas() throws IOException {
        long before = Files.walk(store).count();

        CliRun r = run("ingest", "--db", store.toString(), missing.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals(before, Files.walk(store).count());
    }

    private static String oneSentence(CliRun r, String call) {
        String message = r.err().strip();
        assertFalse(message.contains("\n"), call + ": one line, was: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), call + ": a sentence: " + message);
        assertTrue(message.startsWith("error: "), call + ": " + message);
        return message;
    }
}
