package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

/**
 * A corpus of everything that goes wrong with real input, generated here, ingested by the CLI in a process of its
 * own: each bad item is named with its path (and line) and reason, each good one is stored, every IRI is valid,
 * no stack trace reaches stderr, and a 5 MB line without spaces takes seconds, not minutes.
 */
class BadInputIT {
    private static final long LIMIT = 6_000_000;
    private static final String MEETING = " French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris"
            + " on Monday.";
    private static final String ODD = "<>\"{}|^\\`";

    @TempDir
    static Path dir;
    static Path db;
    static int code;
    static String err;
    static Duration took;
    /** File (and line) of each bad item and the words its reason must hold. */
    static final Map<String, String> BAD = new LinkedHashMap<>();
    static final Set<String> GOOD = new TreeSet<>();

    @BeforeAll
    static void ingestTheBadCorpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeBadFiles(in);
        writeGoodFiles(in);
        writeFeed(in);
        db = dir.resolve("db");
        Path errFile = dir.resolve("stderr.txt");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--db", db.toString(),
                "--max-article-size", String.valueOf(LIMIT), in.toString())
                .redirectError(errFile.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the ingest did not end");
        took = Duration.ofNanos(System.nanoTime() - start);
        code = child.exitValue();
        err = Files.readString(errFile, StandardCharsets.UTF_8);
        System.err.println("BadInputIT: ingest of the bad corpus took " + took.toMillis() + " ms");
    }

    private static void writeBadFiles(Path in) throws IOException {
        bad(in, "empty.txt", new byte[0], "empty file");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[100] = 0;
        bad(in, "binary.txt", noise, "binary");
        bad(in, "invalid-utf8.txt", new byte[] {'A', 'b', (byte) 0xC3, (byte) 0x28, 'c'}, "not UTF-8");
        bad(in, "nul.txt", ("Some words" + '\0' + MEETING).getBytes(StandardCharsets.UTF_8), "NUL");
        bad(in, "too-large.txt", "Word. ".repeat((int) (LIMIT / 6 + 10)).getBytes(StandardCharsets.UTF_8),
                "larger than the limit");
        bad(in, "controls.txt", "\u0001\u0002\u0003\u0004abc\u0005\u0006".repeat(100)
                .getBytes(StandardCharsets.UTF_8), "control characters");
        bad(in, "blank.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8), "whitespace");
        bad(in, "empty-page.html", "<html><body><script>var x = 1;</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "no text");
    }

    private static void bad(Path in, String name, byte[] bytes, String reason) throws IOException {
        Files.write(in.resolve(name), bytes);
        BAD.put(in.resolve(name).toString(), reason);
    }

    private static void writeGoodFiles(Path in) throws IOException {
        good(in, "long-line", "ab.cd,ef;(gh)".repeat(5_000_000 / 13) + "\n" + MEETING);
        good(in, "few-controls", "Breaking\u0007 news\u001B[0m:" + MEETING);
        good(in, "rtl", "قال الرئيس إن المحادثات كانت مفيدة. הנשיא אמר שהשיחות היו מועילות." + MEETING);
        good(in, "cjk", "中国国家主席习近平周一在北京会见了法国总统。日本の首相は東京で記者会見を開いた。" + MEETING);
        good(in, "odd-names", "President Jo<hn> \"Sm{it}h\" met Prime Minister Ma|ry^ Wa\\ng`s in Li<m>a on Monday."
                + " Foreign Minister {Ann} <Lee> said \"the talks\" were |good|." + MEETING);
        good(in, "odd" + ODD.replace("\\", "") + "name", MEETING);
        good(in, "bad-dates", MEETING);
        Files.writeString(in.resolve("bad-dates.json"), "{\"published\": \"2025-13-45\", \"url\": 42,"
                + " \"title\": [\"x\"], \"source\": {\"name\": \"Wire\"}}");
        BAD.put(in.resolve("bad-dates.json").toString(), "not an ISO date");
        good(in, "bad-sidecar", MEETING);
        Files.writeString(in.resolve("bad-sidecar.json"), "{\"published\": \"2025-05-01\", \"url\": ");
        BAD.put(in.resolve("bad-sidecar.json").toString(), "malformed JSON");
        good(in, "odd-url", MEETING);
        Files.writeString(in.resolve("odd-url.json"), "{\"url\": \"https://example.org/a b" + jsonEscape(ODD)
                + "\", \"title\": \"T" + jsonEscape(ODD) + "\", \"published\": \"2025-05-01\"}");
        Files.writeString(in.resolve("page.html"), "<!doctype html><html><head><title>Talks &amp; more</title>"
                + "<script>document.write('President Evil Injected met Prime Minister Script Kiddie');</script>"
                + "<style>p { color: red }</style></head><body><nav>Home &raquo; World</nav><article><p>&ldquo;We"
                + " agree,&rdquo; he said &mdash; &lt;b&gt;twice&lt;/b&gt; &#x41;&#66;C.</p><p>" + MEETING
                + "</p><script>alert('Chancellor Fake Person')</script></article></body></html>");
        GOOD.add("page");
    }

    private static void good(Path in, String id, String text) throws IOException {
        Files.writeString(in.resolve(id + ".txt"), text);
        GOOD.add(id);
    }

    /** A feed with a broken line, lines of the wrong shape and good lines between them. */
    private static void writeFeed(Path in) throws IOException {
        Path feed = in.resolve("feed.jsonl");
        List<String> lines = new ArrayList<>();
        lines.add("{\"id\": \"feed-1\", \"text\": \"" + MEETING + "\"}");
        lines.add("{\"id\": \"feed-2\", \"text\": \"unterminated");
        lines.add("{\"id\": \"feed-3\", \"text\": \"" + MEETING + "\", \"published\": \"yesterday\"}");
        lines.add("{\"id\": 4, \"text\": \"" + MEETING + "\"}");
        lines.add("[\"not\", \"an\", \"object\"]");
        lines.add("{\"id\": \"feed " + jsonEscape(ODD) + "\", \"text\": \"" + MEETING + "\"}");
        lines.add("{\"id\": \"feed-7\", \"text\": \"\\u0000" + MEETING + "\"}");
        Files.write(feed, lines, StandardCharsets.UTF_8);
        GOOD.addAll(List.of("feed-1", "feed-3", "feed " + ODD));
        BAD.put(feed + ":2", "malformed JSON");
        BAD.put(feed + ":3", "not an ISO date");
        BAD.put(feed + ":4", "not a string");
        BAD.put(feed + ":5", "not a JSON object");
        BAD.put(feed + ":7", "NUL");
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    void ingest_badCorpus_exitsOneAndTakesSecondsNotMinutes() {
        assertEquals(1, code, err);
        assertTrue(took.compareTo(Duration.ofMinutes(3)) < 0, "took " + took);
    }

    @Test
    void ingest_eachBadItem_isReportedWithItsPathAndReason() {
        List<String> lines = err.lines().toList();
        for (Map.Entry<String, String> bad : BAD.entrySet()) {
            String path = bad.getKey();
            boolean reported = lines.stream().anyMatch(l -> (l.contains(path + ":") || l.contains(path + " "))
                    && l.contains(bad.getValue()));
            assertTrue(reported, "no report of " + path + " with \"" + bad.getValue() + "\" in:\n" + err);
        }
    }

    @Test
    void ingest_noStackTraceReachesStderr() {
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void ingest_everyGoodItem_isStored() {
        try (Store store = Store.open(db)) {
            Set<String> ids = Txn.calculateRead(store.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.Schema.identifier.asNode(), Node.ANY)
                        .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
                return out;
            });
            assertEquals(GOOD, ids);
        }
    }

    @Test
    void ingest_everyIriInTheStore_isValid() {
        try (Store store = Store.open(db)) {
            List<String> invalid = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                        if (n.isURI() && !IRIs.check(n.getURI())) {
                            out.add(n.getURI());
                        }
                    }
                });
                return out;
            });
            assertEquals(List.of(), invalid);
        }
    }

    @Test
    void ingest_scriptsOfAPage_nameNoOne() {
        try (Store store = Store.open(db)) {
            Set<String> names = Txn.calculateRead(store.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.Schema.name.asNode(), Node.ANY)
                        .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
                return out;
            });
            assertTrue(names.contains("Emmanuel Macron"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("Injected") || n.contains("Fake")), names.toString());
        }
    }
}
