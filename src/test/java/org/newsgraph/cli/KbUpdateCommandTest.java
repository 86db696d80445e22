package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.link.wikidata.FakeQueryService;
import org.newsgraph.link.wikidata.LocalHttp;

/** {@code newsgraph kb update} as a user runs it, against a local server in the Query Service's formats. */
class KbUpdateCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> errors() {
            return err.lines().filter(l -> l.startsWith("error:")).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new ByteArrayOutputStream())).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void kbUpdate_buildsTheFolderFromTheServiceAndSaysWhatItBuilt() throws IOException {
        FakeQueryService wikidata = new FakeQueryService();
        Path kb = dir.resolve("kb");
        try (LocalHttp server = LocalHttp.start(wikidata)) {
            Run r = run("kb", "update", "--out", kb.toString(), "--endpoint", server.uri("/sparql").toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("built " + kb + ": " + String.format("%,d people",
                    wikidata.peopleSince1990().size())), r.out());
            assertTrue(r.err().contains("asking " + server.uri("/sparql")) && r.err().contains("4/4"), r.err());
        }
        assertEquals(wikidata.peopleSince1990().size(), OfficeHolders.load(kb).size());
    }

    @Test
    void kbUpdate_whenTheServiceFails_saysSoInOneLineExitsOneAndKeepsTheOldFolder() throws IOException {
        Path kb = dir.resolve("kb");
        Path tsv = Files.writeString(dir.resolve("old.tsv"), "wikidata_qid\tname\tposition\tposition_qid"
                + "\tcountry_qid\tstart\tend\nQ7747\tVladimir Putin\tPresident of Russia\tQ218295\tQ159\t2012\t\n");
        assertEquals(0, run("kb", "build", "--officeholders", tsv.toString(), "--out", kb.toString()).code());
        Map<String, String> before = OfficeHolders.load(kb).manifest();
        URI down = LocalHttp.down("/sparql");
        Run r = run("kb", "update", "--out", kb.toString(), "--endpoint", down.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.errors().size(), r.err());
        String error = r.errors().get(0);
        assertTrue(error.contains(down.toString()) && error.contains("could not connect")
                && error.contains("as it was"), error);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(before, OfficeHolders.load(kb).manifest());
    }

    @Test
    void kbUpdate_withAnEndpointThatIsNoHttpUrlOrATimeoutOfZero_isAUsageError() {
        Run ftp = run("kb", "update", "--out", dir.resolve("kb").toString(), "--endpoint", "ftp://example.org/");
        assertEquals(2, ftp.code(), ftp.err());
        assertTrue(ftp.err().contains("--endpoint"), ftp.err());
        Run zero = run("kb", "update", "--out", dir.resolve("kb").toString(), "--timeout", "0");
        assertEquals(2, zero.code(), zero.err());
        assertTrue(zero.err().contains("--timeout"), zero.err());
        assertFalse(Files.exists(dir.resolve("kb")));
    }
}
