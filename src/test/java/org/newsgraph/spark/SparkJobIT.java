package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsgraph.cli.CliRun;
import org.newsgraph.ingest.NewsPages;
import org.newsgraph.ingest.WarcFiles;
import org.newsgraph.link.SharedKb;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.serve.ServeProcess;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * Issue 12's done-when for the Spark job: the job runs in {@code local[2]} through {@code ./newsgraph-spark} (the
 * shaded jar and Spark's own jars, as a user runs it) on a corpus of text files with sidecars, a jsonl file, a web
 * archive cut short and an unreadable file; ingest reads the same corpus; both link people with the same
 * office-holders' knowledge base. Each article's graph in the shards is
 * isomorphic to ingest's; {@code newsgraph load} and Jena's {@code tdb2.xloader} both make of the shards the store
 * ingest made (but for the run's own node); {@code newsgraph serve} answers the contract queries from the bulk-loaded
 * store as from ingest's.
 */
class SparkJobIT {
    private static final Pattern INGESTED = Pattern.compile("ingested (\\d+) articles into .*: (\\d+) written");
    private static final String AKUFO_ADDO = "Q718601";
    private static final String MIR_KAZEMI = "Q6783882";
    private static final List<String> CONTRACT = List.of("people", "countries", "organizations", "positions",
            "meetings", "sanctions");

    @TempDir
    static Path dir;
    static Path warc;
    static int cutAt;
    static Run ingest;
    static Run job;
    static Path shards;
    static DatasetGraph shardQuads;
    static ServeProcess server;

    record Run(int code, String err) {
    }

    @BeforeAll
    static void ingestAndRunTheJobOnTheSameCorpus() throws Exception {
        Path in = corpus();
        Path kb = knowledgeBase();
        ingest = cli("ingest", "--threads", "2", "--kb", kb.toString(), "--db", dir.resolve("ingested").toString(),
                in.toString());
        shards = dir.resolve("shards");
        job = process(List.of("./newsgraph-spark", "--master", "local[2]", "--partitions", "3", "--kb",
                kb.toString(), "--output", shards.toString(), in.toString()), 600);
        shardQuads = DatasetGraphFactory.create();
        for (Path shard : shardFiles()) {
            // any N-Quads reader takes the shards: the block headers are comments
            RDFDataMgr.read(shardQuads, shard.toString());
        }
    }

    /** Two office-holders from the shared Wikidata rows, whom the bundled knowledge base does not know. */
    private static Path knowledgeBase() throws IOException {
        Set<String> people = Set.of(AKUFO_ADDO, MIR_KAZEMI);
        Path kb = dir.resolve("kb");
        CliRun build = CliRun.of("kb", "build", "--officeholders", SharedKb.slice("officeholders.tsv", people,
                dir.resolve("officeholders.tsv")).toString(), "--aliases", SharedKb.slice("aliases.tsv", people,
                dir.resolve("aliases.tsv")).toString(), "--out", kb.toString());
        assertEquals(0, build.code(), build.err());
        return kb;
    }

    /** The samples with their sidecars, two jsonl articles writing one name in two cases, a cut archive, a bad file. */
    private static Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path samples = Files.createDirectories(in.resolve("samples"));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".json"))
                    .toList()) {
                Files.copy(f, samples.resolve(f.getFileName()));
            }
        }
        Files.writeString(in.resolve("wire.jsonl"), """
                {"id": "wire-1", "published": "2026-02-02", "text": "Mayor Ana de la Vega of Arica met President Gabriel Boric in Santiago on Monday to discuss water rights for the northern valleys."}
                {"id": "wire-2", "published": "2026-02-03", "text": "Mayor Ana De La Vega said on Tuesday that her talks with the government in Santiago would go on next month."}
                {"id": "wire-3", "published": "2022-05-12", "text": "Masoud Mir Kazemi, who heads Iran's planning and budget organisation, held talks in Accra on Thursday with President Nana Addo Dankwa Akufo-Addo of Ghana."}
                """);
        WarcFiles archive = WarcFiles.mixed(WarcCompression.GZIP);
        cutAt = archive.size();
        archive.html("https://wire.example.net/late-story", NewsPages.TALKS);
        warc = Files.write(in.resolve("crawl.warc.gz"), archive.cutAfter(cutAt, (archive.size() - cutAt) / 2));
        Files.write(Files.createDirectories(in.resolve("broken")).resolve("binary.txt"),
                new byte[] {'a', 0, 0, 'b', 0});
        return in;
    }

    private static List<Path> shardFiles() throws IOException {
        try (Stream<Path> files = Files.list(shards)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).sorted().toList();
        }
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void job_writesShardsAndAManifestThatCountsWhatIngestCounted_exitCodeOne() throws IOException {
        Matcher ingested = INGESTED.matcher(ingest.err());
        assertTrue(ingested.find(), ingest.err());
        assertEquals(1, job.code(), job.err());
        JsonObject manifest = JsonParser.parseString(Files.readString(shards.resolve("manifest.json")))
                .getAsJsonObject();

        assertEquals(Long.parseLong(ingested.group(1)), manifest.get("read").getAsLong());
        assertEquals(Long.parseLong(ingested.group(2)), manifest.get("written").getAsLong());
        assertEquals(2, manifest.get("failed").getAsLong());
        assertEquals(3, manifest.get("partitions").getAsInt());
        assertEquals(3, shardFiles().size());
        Map<String, Long> skipped = new TreeMap<>();
        manifest.getAsJsonObject("skipped").entrySet().forEach(e -> skipped.put(e.getKey(), e.getValue().getAsLong()));
        assertEquals(Map.of("not English (deu)", 1L, "redirect", 1L, "not HTML", 1L, "error status", 1L,
                "request record", 1L, "metadata record", 1L, "warcinfo record", 1L), skipped);
    }

    @Test
    void job_reportsTheCutArchiveWithItsOffset_andTheUnreadableFile_byTheirGivenPaths() throws IOException {
        String failures = JsonParser.parseString(Files.readString(shards.resolve("manifest.json")))
                .getAsJsonObject().getAsJsonArray("failures").toString();

        assertTrue(failures.contains("crawl.warc.gz") && failures.contains("corrupt or truncated WARC at byte offset "
                + cutAt), failures);
        assertTrue(failures.contains("broken/binary.txt"), failures);
        assertTrue(!failures.contains("newsgraph-input-"), "messages name the executor's copy: " + failures);
        assertTrue(job.err().contains("error: ") && job.err().contains("binary.txt"), job.err());
    }

    @Test
    void everyArticleGraphInTheShards_isIsomorphicToTheOneIngestStored() {
        try (Store store = Store.openExisting(dir.resolve("ingested"))) {
            DatasetGraph stored = store.dataset().asDatasetGraph();
            store.dataset().begin(ReadWrite.READ);
            try {
                Set<String> storedGraphs = articleGraphs(stored);
                assertEquals(storedGraphs, articleGraphs(shardQuads));
                assertTrue(storedGraphs.size() >= 13, storedGraphs::toString);
                for (String g : storedGraphs) {
                    Node name = org.apache.jena.graph.NodeFactory.createURI(g);
                    Graph ours = shardQuads.getGraph(name);
                    assertTrue(ours.isIsomorphicWith(stored.getGraph(name)), g);
                }
            } finally {
                store.dataset().end();
            }
        }
    }

    @Test
    void load_intoAFreshStore_holdsWhatIngestStored_andLoadingAgainWritesNothing() {
        Path loaded = dir.resolve("loaded");
        Run first = cli("load", "--db", loaded.toString(), shards.toString());
        Run again = cli("load", "--db", loaded.toString(), shards.toString());

        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains(": " + (articleGraphs(shardQuads).size()) + " written, 0 unchanged,"
                + " 0 failed"), first.err());
        assertTrue(again.err().contains(": 0 written, " + articleGraphs(shardQuads).size() + " unchanged"),
                again.err());
        assertEquals(dump(dir.resolve("ingested")), dump(loaded));
    }

    @Test
    void xloader_buildsAStore_thatServeAnswersTheContractQueriesFrom_asFromIngestsStore() throws Exception {
        requireJq();
        Path xloaded = dir.resolve("xloaded");
        List<String> command = new ArrayList<>(List.of("target/jena/apache-jena-5.6.0/bin/tdb2.xloader", "--loc",
                xloaded.toString()));
        shardFiles().forEach(f -> command.add(f.toString()));
        Run xloader = process(command, 300);
        assertEquals(0, xloader.code(), xloader.err());
        assertEquals(dump(dir.resolve("ingested")), dump(xloaded), "one name per entity, as ingest keeps");

        server = ServeProcess.start("--db", xloaded.toString(), "--port", "0");
        String endpoint = server.endpoint();
        HttpClient http = HttpClient.newHttpClient();
        try (Store ingested = Store.openExisting(dir.resolve("ingested"))) {
            for (String query : CONTRACT) {
                String sparql = Files.readString(Path.of("queries", query + ".rq"));
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                ingested.query(sparql, ResultFormat.CSV, expected);
                HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, served.statusCode(), query);
                assertEquals(rows(expected.toString(StandardCharsets.UTF_8)), rows(served.body()), query);
                assertTrue(rows(served.body()).size() > 1, query + " answers nothing");
            }
        }
    }

    @Test
    void nameWrittenTwoWays_keepsOneSpellingInTheShards_theOneIngestKept() {
        Node name = Vocab.Schema.name.asNode();
        Set<String> spellings = new TreeSet<>();
        Set<Node> nodes = new java.util.HashSet<>();
        shardQuads.find(Node.ANY, Node.ANY, name, Node.ANY).forEachRemaining(q -> {
            String s = q.getObject().getLiteralLexicalForm();
            if (s.toLowerCase(java.util.Locale.ROOT).contains("de la vega")) {
                spellings.add(s);
                nodes.add(q.getSubject());
            }
        });

        assertEquals(Set.of("Ana De La Vega"), spellings);
        Node mayor = nodes.iterator().next();
        for (String article : List.of("wire-1", "wire-2")) {
            Node graph = org.apache.jena.graph.NodeFactory.createURI(org.newsgraph.rdf.Iris.articleGraph(article));
            assertTrue(shardQuads.find(graph, Node.ANY, Node.ANY, mayor).hasNext(), "both articles name the mayor: "
                    + article);
        }
    }

    /** Jena's xloader script checks for jq before it starts; CI must have it, elsewhere the test is skipped. */
    private static void requireJq() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "jq"))) {
                return;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("jq is not on the PATH, but CI must run tdb2.xloader (.ci/run installs jq)");
        }
        org.junit.jupiter.api.Assumptions.abort("jq is not installed: skipping the tdb2.xloader test"
                + " (apt-get install jq)");
    }

    @Test
    void executors_linkPeopleWithTheKnowledgeBaseGivenByKb() {
        Node sameAs = org.apache.jena.vocabulary.OWL.sameAs.asNode();
        for (String qid : List.of(AKUFO_ADDO, MIR_KAZEMI)) {
            Node item = org.apache.jena.graph.NodeFactory.createURI(Vocab.WIKIDATA + qid);
            assertTrue(shardQuads.find(Node.ANY, Node.ANY, sameAs, item).hasNext(), qid + " linked");
        }
    }

    private static Set<String> articleGraphs(DatasetGraph dsg) {
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(Vocab.ID + "g-art-")) {
                graphs.add(g.getURI());
            }
        });
        return graphs;
    }

    /** Every quad of a store, but for the time and name of the run, which differ between two runs. */
    private static Set<String> dump(Path db) {
        Set<String> lines = new TreeSet<>();
        try (Store store = Store.openExisting(db)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.exportNQuads(out);
            out.toString(StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceAll("run-[0-9]{8}T[0-9]{6}Z", "run-X")
                            .replaceAll("\"[0-9-]{10}T[0-9:.]+Z\"\\^\\^<http://www.w3.org/2001/XMLSchema#dateTime>",
                                    "\"T\""))
                    .forEach(lines::add);
        }
        assertTrue(lines.size() > 1000, "a store of the corpus holds thousands of quads: " + lines.size());
        return lines;
    }

    private static List<String> rows(String csv) {
        List<String> rows = new ArrayList<>(csv.lines().toList());
        String header = rows.remove(0);
        rows.sort(null);
        rows.add(0, header);
        return rows;
    }

    private static Run cli(String... args) {
        CliRun run = CliRun.of(args);
        return new Run(run.code(), run.err());
    }

    private static Run process(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "process", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + timeoutSeconds + " s:\n"
                    + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }
}
