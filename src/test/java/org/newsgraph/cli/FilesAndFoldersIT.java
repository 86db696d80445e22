package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands leave on disk: exports other tools can read, no Fuseki scratch folder after serve however it
 * ends, and no file of the wrong type passed over without a word.
 */
class FilesAndFoldersIT {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void anEmptyStore() throws IOException {
        store = dir.resolve("store");
        assertEquals(0, run("ingest", "--db", store.toString(), Files.createDirectories(dir.resolve("none"))
                .toString()).code());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void export_isWrittenWithTheModeTheUmaskGives_notPrivateToItsOwner() throws IOException {
        Path exported = dir.resolve("actors.graphml");
        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));

        assertEquals(0, run("export", "--db", store.toString(), "--format", "graphml", "--output",
                exported.toString()).code());

        assertEquals(umaskMode, Files.getPosixFilePermissions(exported));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial file left");
        }
    }

    @Test
    void ingest_countsTheFilesItPassesOverByType_andListsThemWhenVerbose() throws IOException {
        Path in = Files.createDirectories(dir.resolve("mixed/sub"));
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
        Files.write(in.getParent().resolve("blob.bin"), new byte[] {0, 1, 2});
        Files.writeString(in.resolve("orphan.gold.json"), "{}");

        CliRun quiet = run("ingest", "--db", store.toString(), in.getParent().toString());
        CliRun verbose = run("ingest", "--verbose", "--db", store.toString(), in.getParent().toString());

        assertEquals(0, quiet.code(), quiet.err());
        assertTrue(quiet.err().contains("skipped 3 files") && quiet.err().contains("--verbose lists them"),
                quiet.err());
        assertFalse(quiet.err().contains("photo.jpg"), quiet.err());
        for (String name : List.of("photo.jpg", "blob.bin", "orphan.gold.json")) {
            assertTrue(verbose.err().contains(name), verbose.err());
        }
    }

    /**
     * SIGTERM only: Ctrl-C's SIGINT runs the same shutdown hooks, but a process started in the background (as a
     * build may start this test) inherits SIGINT ignored, and the JVM then leaves it so.
     */
    @Test
    void serve_stoppedBySigterm_leavesNoFusekiFolderInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process serve = serve(tmp);
        try {
            assertEquals(1, fusekiFolders(tmp), "the run area exists while serving");
            serve.destroy(); // SIGTERM on Unix
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve ends on SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
        assertEquals(0, fusekiFolders(tmp), "SIGTERM leaves no newsgraph-fuseki-* folder");
    }

    private static Process serve(Path tmp) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--db", store.toString(), "--port", "0"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("Stop with Ctrl-C")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return p;
            }
        }
        throw new AssertionError("serve ended before it was up, exit " + p.exitValue());
    }

    private static long fusekiFolders(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(e -> e.getFileName().toString().startsWith("newsgraph-fuseki-")).count();
        }
    }
}
