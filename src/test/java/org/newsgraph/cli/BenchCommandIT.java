package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark on a small corpus: every figure is there and positive (no timing thresholds: not a timed test). */
class BenchCommandIT {
    private static final List<String> CONTRACT = List.of("people", "countries", "organizations", "positions",
            "meetings", "sanctions");

    @TempDir
    static Path dir;
    static int code;
    static String out;
    static String markdown;
    static JsonObject json;

    @BeforeAll
    static void runBench() throws IOException {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        code = Main.commandLine(new Main(new ByteArrayOutputStream())).setOut(new PrintWriter(stdout))
                .setErr(new PrintWriter(stderr))
                .execute("bench", "--articles", "40", "--threads", "2", "--output", dir.toString());
        out = stdout.toString();
        assertEquals(0, code, "bench failed:\n" + stderr);
        markdown = Files.readString(dir.resolve("bench.md"));
        json = JsonParser.parseString(Files.readString(dir.resolve("bench.json"))).getAsJsonObject();
    }

    @Test
    void bench_smallCorpus_printsTheTableItWritesAsMarkdown() {
        assertEquals(0, code);
        assertTrue(out.startsWith(markdown), out);
    }

    @Test
    void bench_smallCorpus_tableHasEveryFigureWithAPositiveValue() {
        List<String> figures = List.of("tokens/s", "articles/s", "nlp (s, summed over workers)",
                "extract incl. link (s, summed over workers)", "rdf (s, summed over workers)",
                "store (s, writer thread)",
                "quads written", "store quads/s", "live heap after GC (MB)", "load in its own JVM (s, bulk load only)", "quads/s",
                "pipeline / raw NLP4J tokens/s", "pipeline / raw OpenNLP articles/s",
                "same per CPU second (raw CPU s / pipeline CPU s)", "NLP models loaded (s)",
                "store / tdbloader quads/s", "slowest query p50 (ms)");
        for (String figure : figures) {
            assertTrue(positiveRow(figure), "no positive row for " + figure + " in\n" + markdown);
        }
        for (String q : CONTRACT) {
            assertTrue(positiveRow(q + ".rq p50 / p95 (ms)"), "no latency row for " + q + " in\n" + markdown);
            assertTrue(positiveRow(q + ".rq first request (ms)"), "no first request of " + q + " in\n" + markdown);
        }
        JsonObject machine = json.getAsJsonObject("machine");
        String versions = machine.get("jena").getAsString() + " / " + machine.get("openNlp").getAsString();
        assertTrue(versions.matches("\\d+\\.\\d+\\.\\d+ / \\d+\\.\\d+\\.\\d+"), versions);
        assertTrue(markdown.contains(" / " + versions + " |"), markdown);
    }

    @Test
    void bench_smallCorpus_jsonHasEveryFieldPositive() {
        Map<String, List<String>> fields = Map.of(
                "machine", List.of("cores", "maxHeapBytes"),
                "options", List.of("articles", "threads"),
                "rawOpenNlp", List.of("articles", "tokens", "seconds", "cpuSeconds", "tokensPerSecond",
                        "articlesPerSecond"),
                "rawNlp4j", List.of("articles", "tokens", "seconds", "cpuSeconds", "tokensPerSecond",
                        "articlesPerSecond"),
                "pipeline", List.of("articles", "tokens", "seconds", "cpuSeconds", "tokensPerSecond",
                        "articlesPerSecond", "nlpSeconds", "extractSeconds", "rdfSeconds", "storeSeconds", "quads",
                        "storeQuadsPerSecond", "liveHeapBytes"),
                "tdbloader", List.of("quads", "exportSeconds", "loadSeconds", "quadsPerSecond"),
                "ratios", List.of("pipelineOverRawNlp4jTokensPerSecond", "pipelineOverRawOpenNlpArticlesPerSecond",
                        "pipelineOverRawPerCpuSecond",
                        "storeOverTdbloaderQuadsPerSecond", "slowestQueryP50Millis"));
        fields.forEach((section, names) -> names.forEach(name -> assertPositive(json.getAsJsonObject(section),
                section + "." + name, name)));
        assertEquals(40, json.getAsJsonObject("pipeline").get("articles").getAsLong());
        assertEquals(json.getAsJsonObject("pipeline").get("quads").getAsLong(),
                json.getAsJsonObject("tdbloader").get("quads").getAsLong());
    }

    @Test
    void bench_smallCorpus_timesEachContractQueryAndFindsPeopleAndCountries() {
        JsonArray queries = json.getAsJsonArray("queries");
        assertEquals(CONTRACT, queries.asList().stream().map(q -> q.getAsJsonObject().get("name").getAsString())
                .toList());
        for (JsonElement q : queries) {
            assertPositive(q.getAsJsonObject(), "p50Millis", "p50Millis");
            assertPositive(q.getAsJsonObject(), "p95Millis", "p95Millis");
        }
        assertTrue(queries.get(0).getAsJsonObject().get("rows").getAsLong() > 0, "no people found");
        assertTrue(queries.get(1).getAsJsonObject().get("rows").getAsLong() > 0, "no countries found");
    }

    @Test
    void bench_smallCorpus_writesTheCorpusAndRemovesTheWorkStores() throws IOException {
        Path corpus = dir.resolve("corpus");
        String first = Files.readString(corpus.resolve("a000000.txt"));
        int words = first.split("\\s+").length;
        assertTrue(words >= 200 && words <= 450, "first article has " + words + " words");
        assertTrue(Files.readString(corpus.resolve("a000039.json")).contains("\"published\""));
        assertTrue(Files.notExists(dir.resolve("store-pipeline")) && Files.notExists(dir.resolve("store.nq")));
    }

    private static boolean positiveRow(String figure) {
        return markdown.lines().filter(l -> l.contains("| " + figure + " |")).anyMatch(l -> {
            String value = l.split("\\|")[3].strip().split(" ")[0];
            return Double.parseDouble(value) > 0;
        });
    }

    private static void assertPositive(JsonObject o, String label, String name) {
        assertTrue(o.has(name), "missing " + label);
        assertTrue(o.get(name).getAsDouble() > 0, label + " is " + o.get(name));
    }
}
