package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

/**
 * An ingest killed with SIGKILL between two batches: the store opens again, holds whole batches only, and a
 * second ingest of the same folder leaves exactly what one clean run leaves.
 */
class CrashIT {
    private static final int ARTICLES = 200;
    private static final int BATCH = 10;
    private static final Pattern PROGRESS = Pattern.compile("^progress: (\\d+) articles");
    private static final String[] LEADERS = {"Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Shigeru Ishiba",
        "Lee Jae-myung", "Cyril Ramaphosa", "Anthony Albanese", "Javier Milei", "Gabriel Boric", "William Ruto"};
    private static final String[] CITIES = {"Paris", "Berlin", "New Delhi", "Tokyo", "Seoul", "Pretoria",
        "Canberra", "Buenos Aires", "Santiago", "Nairobi"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    @TempDir
    Path dir;

    @Test
    void ingest_killedAfterABatch_reopensWholeAndReingestEqualsACleanRun() throws Exception {
        Path in = corpus(dir.resolve("in"));
        Path db = dir.resolve("db");
        long committed = ingestAndKill(in, db);
        try (Store store = Store.open(db)) {
            Set<Node> articles = assertWhole(store);
            assertTrue(articles.size() >= committed, articles.size() + " articles stored, " + committed + " reported");
            assertTrue(articles.size() < ARTICLES, "the ingest ended before it was killed");
            assertEquals(0, articles.size() % BATCH, "a batch was stored in part: " + articles.size() + " articles");
        }
        assertEquals(1, ingest(in, db).code(), "the resumed ingest");
        assertEquals(1, ingest(in, dir.resolve("clean")).code(), "the clean ingest");
        try (Store resumed = Store.open(db); Store clean = Store.open(dir.resolve("clean"))) {
            assertEquals(ARTICLES, assertWhole(resumed).size());
            Set<Quad> expected = content(clean);
            Set<Quad> actual = content(resumed);
            assertEquals(Set.of(), difference(expected, actual), "missing after the resumed ingest");
            assertEquals(Set.of(), difference(actual, expected), "left over after the resumed ingest");
        }
    }

    /** Small articles with varied people, places and days, and one bad file so that every run ends with code 1. */
    private static Path corpus(Path in) throws IOException {
        Files.createDirectories(in);
        for (int i = 0; i < ARTICLES; i++) {
            String a = LEADERS[i % LEADERS.length];
            String b = LEADERS[(i / LEADERS.length + i + 1) % LEADERS.length];
            String text = String.format("%s met %s in %s on %s, officials said. The two leaders discussed trade"
                    + " and security in talks that lasted %d hours.%n", a, b, CITIES[i % CITIES.length],
                    DAYS[i % DAYS.length], 1 + i % 7);
            Files.writeString(in.resolve(String.format("a%03d.txt", i)), text);
            Files.writeString(in.resolve(String.format("a%03d.json", i)), String.format(
                    "{\"published\": \"2025-%02d-%02d\", \"source\": \"Wire %d\"}", 1 + i % 12, 1 + i % 28, i % 3));
        }
        Files.writeString(in.resolve("zz-empty.txt"), "");
        return in;
    }

    /** Starts the ingest in a JVM of its own and kills it as soon as it reports a committed batch. */
    private static long ingestAndKill(Path in, Path db) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--db", db.toString(),
                "--batch-size", String.valueOf(BATCH), in.toString()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    child.destroyForcibly();
                    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
                    return Long.parseLong(m.group(1));
                }
            }
        } finally {
            child.destroyForcibly();
        }
        throw new AssertionError("the ingest never reported a committed batch:\n" + output);
    }

    private record Run(int code, String err) {
    }

    private static Run ingest(Path in, Path db) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new ByteArrayOutputStream())).setErr(new PrintWriter(err))
                .execute("ingest", "--db", db.toString(), "--batch-size", String.valueOf(BATCH), in.toString());
        assertTrue(err.toString().contains("zz-empty.txt"), err.toString());
        return new Run(code, err.toString());
    }

    /** Every article graph has its metadata in g-meta and every article in g-meta has its graph; returns them. */
    private static Set<Node> assertWhole(Store store) {
        Node meta = NodeFactory.createURI(Iris.META_GRAPH);
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> graphs = new HashSet<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(Vocab.ID + "g-art-")) {
                    graphs.add(g);
                }
            });
            Set<Node> described = new HashSet<>();
            store.dataset().asDatasetGraph().find(meta, Node.ANY, Vocab.inputDigest.asNode(), Node.ANY)
                    .forEachRemaining(q -> described.add(q.getSubject()));
            assertEquals(described, graphs, "article graphs and their metadata");
            return graphs;
        });
    }

    /** Every quad, less the ones that record which run wrote what (a later run is another run). */
    private static Set<Quad> content(Store store) {
        Set<Node> runPredicates = Set.of(Vocab.Prov.wasGeneratedBy.asNode(), Vocab.Prov.generatedAtTime.asNode());
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                boolean runQuad = runPredicates.contains(q.getPredicate())
                        || q.getSubject().isURI() && q.getSubject().getURI().startsWith(Vocab.ID + "run-");
                if (!runQuad) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    private static Set<Quad> difference(Set<Quad> a, Set<Quad> b) {
        Set<Quad> out = new HashSet<>(a);
        out.removeAll(b);
        return Set.copyOf(List.copyOf(out).subList(0, Math.min(out.size(), 20)));
    }
}
