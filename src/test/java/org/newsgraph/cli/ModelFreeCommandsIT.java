package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestListener;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.Store;

/**
 * The commands that only read a store load no NLP model: each runs in a JVM with a heap of 160 MB, a tenth of what
 * the models take, and a message about loading them never appears.
 */
class ModelFreeCommandsIT {
    private static final String SMALL_HEAP = "-Xmx160m";

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void storeOneArticle() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Kenya's president met the Dutch prime minister in Nairobi on Monday.");
        db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            NewsGraph.builder().threads(1).build().ingest(List.of(in), store, IngestListener.SILENT);
        }
    }

    private static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), SMALL_HEAP, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), String.join(" ", args) + " did not end");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", args) + " failed:\n" + stderr);
        return stderr;
    }

    @Test
    void stats_query_export_validate_runInASmallHeap_withoutLoadingModels() throws Exception {
        Path query = Files.writeString(dir.resolve("q.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        List<String> stderr = List.of(
                run("stats", "--db", db.toString()),
                run("query", "--db", db.toString(), "--format", "csv", query.toString()),
                run("export", "--db", db.toString(), "--format", "graphml", "--output",
                        dir.resolve("g.graphml").toString()),
                run("validate", "--db", db.toString()));
        for (String s : stderr) {
            assertTrue(!s.contains("loading the NLP models"), s);
        }
        assertTrue(Files.size(dir.resolve("g.graphml")) > 0);
    }
}
