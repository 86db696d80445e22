package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestListener;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph view over the sample articles: its files over HTTP, then the page itself in headless Chromium
 * (Debian's chromium and chromium-driver). Without them the browser tests are skipped, except in CI.
 */
class GraphViewIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    private static Store store;
    private static SparqlServer server;
    private static WebDriver browser;

    @BeforeAll
    static void serveTheSamples() {
        store = Store.open(dir.resolve("db"));
        NewsGraph.builder().threads(1).build().ingest(List.of(Path.of("samples")), store, IngestListener.SILENT);
        server = SparqlServer.builder().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stopAll() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (store != null) {
                store.close();
            }
        }
    }

    @Test
    void graphPage_isServedWithCytoscapeFromTheJar() throws Exception {
        HttpResponse<String> page = get("/graph");
        HttpResponse<String> cytoscape = get("/graph/cytoscape.min.js");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<ul id=\"node-list\">"), page.body());
        assertTrue(page.body().contains("src=\"/graph/cytoscape.min.js\""), page.body());
        assertEquals(200, cytoscape.statusCode());
        assertTrue(cytoscape.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(cytoscape.body().length() > 100_000, "Cytoscape.js is only " + cytoscape.body().length() + " chars");
        assertEquals(200, get("/graph/graph.js").statusCode());
        assertEquals(200, get("/graph/panel.js").statusCode());
        assertEquals(200, get("/graph/graph.css").statusCode());
    }

    @Test
    void graphPath_answersOnlyReadsOfItsOwnFiles() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/graph")).POST(BodyPublishers.ofString("x=1")).build();
        HttpRequest put = HttpRequest.newBuilder(uri("/graph/graph.js")).PUT(BodyPublishers.ofString("x")).build();

        assertEquals(405, HTTP.send(post, BodyHandlers.ofString()).statusCode());
        assertEquals(405, HTTP.send(put, BodyHandlers.ofString()).statusCode());
        assertEquals(404, get("/graph/nothing.js").statusCode());
    }

    @Test
    void graphView_drawsTheSampleActorsAsNodes() {
        WebDriver page = openGraphView();

        List<String> drawn = strings(page, "return window.ngGraph.nodes().map(n => n.data('label'))");
        List<String> listed = page.findElements(By.cssSelector("#node-list li")).stream()
                .map(li -> li.getAttribute("data-label")).toList();

        for (String actor : List.of("Donald Trump", "Vladimir Putin", "China", "United States", "India", "Canada")) {
            assertTrue(drawn.contains(actor), actor + " is not a node: " + drawn);
            assertTrue(listed.contains(actor), actor + " is not in the node list: " + listed);
        }
        assertEquals(drawn.size(), listed.size());
        assertTrue(ties(page).contains("Donald Trump met Vladimir Putin"), ties(page).toString());
        assertTrue(ties(page).contains("United States sanctioned China"), ties(page).toString());
    }

    @Test
    void clickOnActor_showsItsMeetingsWithANamedEvidenceSentenceAndLinks() {
        WebDriver page = openGraphView();
        WebElement putin = page.findElement(By.cssSelector("#node-list li[data-label='Vladimir Putin']"));

        putin.click();
        WebElement panel = page.findElement(By.id("details"));
        new WebDriverWait(page, WAIT).until(d -> !"loading".equals(panel.getAttribute("data-state")));

        assertEquals("ready", panel.getAttribute("data-state"), panel.getText());
        assertEquals(putin.getAttribute("data-id"), panel.getAttribute("data-actor"));
        assertEquals(List.of("Vladimir Putin"),
                strings(page, "return window.ngGraph.$(':selected').map(n => n.data('label'))"));
        assertEquals("Vladimir Putin", panel.findElement(By.tagName("h2")).getText());
        assertEquals("http://www.wikidata.org/entity/Q7747",
                panel.findElement(By.cssSelector("a.wikidata")).getAttribute("href"));
        WebElement report = panel.findElements(By.cssSelector(".fact.meeting .report")).stream()
                .filter(r -> r.findElements(By.cssSelector("blockquote.evidence")).stream()
                        .anyMatch(q -> q.getText().contains("Putin") && q.getText().contains("Trump")))
                .findFirst().orElseThrow(() -> new AssertionError("No evidence names Putin: " + panel.getText()));
        String source = report.findElement(By.cssSelector("a.source")).getAttribute("href");
        assertTrue(source.startsWith("https://news.example.org/"), source);
        List<String> withDoval = panel.findElements(By.cssSelector(".fact.meeting")).stream()
                .filter(f -> f.findElement(By.className("what")).getText().endsWith("with Ajit Doval"))
                .map(f -> f.findElement(By.className("when-where")).getText()).toList();
        assertEquals(List.of("2025-08-07 · Moscow"), withDoval);
    }

    @Test
    void dateRange_keepsOnlyTiesDatedInside() {
        WebDriver page = openGraphView();

        setDates(page, "2025-08-01", "2025-08-31");

        List<String> ties = ties(page);
        assertTrue(ties.contains("Donald Trump met Vladimir Putin"), ties.toString());
        assertTrue(ties.contains("United States sanctioned India"), ties.toString());
        assertFalse(ties.stream().anyMatch(t -> t.contains("China") || t.contains("Canada")), ties.toString());
        setDates(page, "", "");
        assertTrue(ties(page).contains("United States sanctioned China"), ties(page).toString());
    }

    @Test
    void typeFilter_leavesOutTheUncheckedTypeAndItsTies() {
        WebDriver page = openGraphView();

        page.findElement(By.cssSelector("input[name=type][value=person]")).click();

        List<String> types = strings(page, "return window.ngGraph.nodes().map(n => n.data('type'))");
        List<String> drawn = strings(page, "return window.ngGraph.nodes().map(n => n.data('label'))");
        assertFalse(types.contains("person"), types.toString());
        assertTrue(drawn.contains("China") && !drawn.contains("Vladimir Putin"), drawn.toString());
        assertFalse(ties(page).stream().anyMatch(t -> t.contains(" met ")), ties(page).toString());
        assertTrue(page.findElements(By.cssSelector("#node-list li[data-type=person]")).isEmpty());
    }

    private static WebDriver openGraphView() {
        WebDriver page = browser();
        page.get(server.graphView());
        WebElement body = page.findElement(By.tagName("body"));
        new WebDriverWait(page, WAIT).until(d -> !"loading".equals(body.getAttribute("data-graph-state")));
        assertEquals("ready", body.getAttribute("data-graph-state"), page.findElement(By.id("status")).getText());
        return page;
    }

    /** Every drawn edge as "source kind target", by label. */
    private static List<String> ties(WebDriver page) {
        return strings(page, "return window.ngGraph.edges().map(e => e.source().data('label') + ' '"
                + " + e.data('kind') + ' ' + e.target().data('label'))");
    }

    private static void setDates(WebDriver page, String from, String to) {
        ((JavascriptExecutor) page).executeScript("for (const [id, value] of [['date-from', arguments[0]],"
                + " ['date-to', arguments[1]]]) { const input = document.getElementById(id); input.value = value;"
                + " input.dispatchEvent(new Event('change')); }", from, to);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(WebDriver page, String script) {
        return (List<String>) ((JavascriptExecutor) page).executeScript(script);
    }

    /** One headless Chromium for all tests; CI must have it, elsewhere the browser tests are skipped. */
    private static synchronized WebDriver browser() {
        if (browser == null) {
            requireChromium();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-quic",
                    "--window-size=1400,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
        }
        return browser;
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing + ", but CI must drive the graph view (.ci/run installs chromium"
                    + " and chromium-driver)");
        }
        Assumptions.abort(missing + ": skipping the browser test (apt-get install chromium chromium-driver)");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
