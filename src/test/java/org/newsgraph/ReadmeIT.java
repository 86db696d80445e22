package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Store;
import picocli.CommandLine;

/**
 * The README in step with the code: every command it shows is one the command line accepts, every query file it
 * names is in {@code queries/}, and every result row and output line it shows is what the commands print on
 * {@code samples/} (a README table may be trimmed, so its rows must be among the rows printed).
 */
class ReadmeIT {
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern QUERY_FILE = Pattern.compile("`(?:queries/)?([a-z][a-z0-9-]*\\.rq)`");
    /** A library file named in backticks, then (before the next bold question) the block of what it returns. */
    private static final Pattern LIBRARY_EXAMPLE = Pattern.compile(
            "`queries/([a-z0-9-]+\\.rq)`(?:(?!\\*\\*).)*?```\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path dir;
    static Path db;
    static String readme;

    @BeforeAll
    static void ingestSamples() throws IOException {
        readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        try (Store store = SampleStore.ingested(dir)) {
            db = dir.resolve("db");
        }
    }

    record Block(String language, String text) {
    }

    private static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            out.add(new Block(m.group(1), m.group(2)));
        }
        return out;
    }

    private static String section(String heading) {
        int start = readme.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "README has a section " + heading);
        int end = readme.indexOf("\n## ", start + 4);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String run(String... args) {
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(results)).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return results.toString(StandardCharsets.UTF_8) + out;
    }

    /** A text table's data rows as their cells, separators and header rule left out. */
    private static List<List<String>> rows(String table) {
        return table.lines().filter(l -> l.startsWith("|")).skip(1)
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|", -1)).map(String::strip).toList())
                .toList();
    }

    @Test
    void everyQueryFileTheReadmeNames_isInTheQueriesFolder() {
        Matcher m = QUERY_FILE.matcher(readme);
        int named = 0;
        while (m.find()) {
            assertTrue(Files.isRegularFile(Path.of("queries", m.group(1))), "README names " + m.group());
            named++;
        }
        assertTrue(named > 10, "the README names the library's queries");
    }

    @Test
    void everyCommandTheReadmeShows_isOneTheCommandLineAccepts() {
        for (Block block : blocks(readme)) {
            if (!block.language().equals("sh")) {
                continue;
            }
            for (String line : block.text().lines().toList()) {
                String command = line.replaceFirst("^\\./newsgraph ", "")
                        .replaceFirst("^java .*-jar target/newsgraph.jar ", "");
                if (command.equals(line) || command.equals("demo")) {
                    continue; // not ours (mvn, curl), or the wrapper's own demo
                }
                List<String> args = words(command);
                CommandLine cl = Main.commandLine(new Main());
                cl.parseArgs(args.toArray(String[]::new));
            }
        }
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    @Test
    void theExampleQuery_isTheFileItRuns_andPrintsTheRowsShown() throws IOException {
        List<Block> example = blocks(section("Example"));
        String shownQuery = example.get(0).text().strip();
        String file = Files.readString(Path.of("queries/offices.rq")).lines().filter(l -> !l.startsWith("#"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow().strip();
        assertEquals(shownQuery, file, "the README shows queries/offices.rq as it is");
        assertEquals("./newsgraph query --db data --format text queries/offices.rq", example.get(1).text().strip());

        String printed = run("query", "--db", db.toString(), "--format", "text", "queries/offices.rq");

        assertEquals(example.get(2).text().strip(), printed.strip(), "the whole table, as printed");
    }

    @Test
    void theShowExample_printsTheLinesShown() {
        List<Block> example = blocks(section("Example"));
        assertEquals("./newsgraph show --db data \"Vladimir Putin\"", example.get(3).text().strip());

        List<String> printed = run("show", "--db", db.toString(), "Vladimir Putin").lines().toList();

        for (String line : example.get(4).text().lines().toList()) {
            assertTrue(printed.contains(line), "show prints the README's line: " + line + "\nprinted:\n"
                    + String.join("\n", printed));
        }
    }

    @Test
    void theLibraryExamples_printTheRowsShown() {
        Matcher m = LIBRARY_EXAMPLE.matcher(section("For researchers"));
        int checked = 0;
        while (m.find()) {
            List<List<String>> shown = rows(m.group(2));
            assertFalse(shown.isEmpty(), m.group(1) + " shows rows");
            List<List<String>> printed = rows(run("query", "--db", db.toString(), "--format", "text",
                    "queries/" + m.group(1)));
            for (List<String> row : shown) {
                assertTrue(printed.contains(row), m.group(1) + " prints the README's row " + row + "; printed "
                        + printed);
            }
            checked++;
        }
        assertEquals(5, checked, "the five questions and what they return on samples/");
    }
}
