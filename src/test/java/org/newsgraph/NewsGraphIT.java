package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * The whole house as a user meets it: the samples ingested with the CLI into a TDB2 store on disk, the server
 * started as its own process on a free port, and SPARQL over HTTP.
 */
class NewsGraphIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Path db;
    static Process server;
    static String endpoint;

    @BeforeAll
    static void ingestSamplesAndServe() throws Exception {
        db = dir.resolve("db");
        int code = Main.commandLine(new Main(new ByteArrayOutputStream())).setErr(new PrintWriter(new StringWriter()))
                .execute("ingest", "--db", db.toString(), "samples");
        assertEquals(0, code);
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--db", db.toString(),
                "--port", "0").redirectErrorStream(true).start();
        endpoint = awaitEndpoint(server);
    }

    private static String awaitEndpoint(Process p) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("the server ended without announcing its endpoint");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> select(String sparql) throws Exception {
        String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> column(String sparqlFile, String column) throws Exception {
        HttpResponse<String> r = select(Files.readString(Path.of("queries", sparqlFile)));
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = r.body().lines().toList();
        int index = List.of(rows.get(0).split(",")).indexOf(column);
        Set<String> out = new TreeSet<>();
        rows.stream().skip(1).forEach(row -> out.add(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[index]));
        return out;
    }

    @Test
    void people_overHttp_areThoseTheSamplesName() throws Exception {
        assertEquals(new TreeSet<>(List.of("Ajit Doval", "Claudia Sheinbaum", "Donald Trump", "Fernando Haddad",
                "Geraldo Alckmin", "Hardeep Singh Nijjar", "Joe Biden", "Justin Trudeau", "Liu Pengyu",
                "Luiz Inácio Lula da Silva", "Marco Rubio", "Mauro Vieira", "Mélanie Joly", "Narendra Modi",
                "Sanjay Kumar Verma", "Steve Witkoff", "Stewart Wheeler", "Vladimir Putin", "Volodymyr Zelenskyy",
                "Xi Jinping", "Yuri Ushakov")),
                column("people.rq", "name"));
    }

    @Test
    void countries_overHttp_areThoseTheSamplesName() throws Exception {
        assertEquals(new TreeSet<>(List.of("Brazil", "Canada", "China", "India", "Malaysia", "Mexico", "Russia",
                "Ukraine", "United Kingdom", "United States")), column("countries.rq", "name"));
    }

    @Test
    void update_overHttp_isRefusedAndChangesNothing() throws Exception {
        Set<String> before = column("people.rq", "name");
        HttpRequest update = HttpRequest.newBuilder(URI.create(endpoint.replace("/sparql", "/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "INSERT DATA { GRAPH <urn:x> { <urn:a> <http://schema.org/name> \"Mallory\" } }")).build();
        int status = HTTP.send(update, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status >= 400 && status < 500, "status " + status);
        assertEquals(before, column("people.rq", "name"));
    }

    @Test
    void uiAndItsQueryPage_answer() throws Exception {
        String base = endpoint.replace("/kg/sparql", "");
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), ui.body());
        HttpResponse<String> datasets = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(datasets.body().contains("/kg"), datasets.body());
        HttpRequest uiQuery = HttpRequest.newBuilder(URI.create(base + "/kg/query?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build();
        HttpResponse<String> answer = HTTP.send(uiQuery, HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("true"), answer.body());
    }

    @Test
    void storeHeldByTheServer_isOneClearLineForAnotherCommand() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new ByteArrayOutputStream())).setErr(new PrintWriter(err))
                .execute("stats", "--db", db.toString());
        assertEquals(1, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("in use by another process"), err.toString());
    }
}
