package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.OfficeHolders;

/** {@code kb build} at the command line: what it says, its exit codes, and the folder it leaves. */
class KbBuildCommandTest {
    private static final String HEADER = "wikidata_qid\tname\tposition\tposition_qid\tcountry_qid\tstart\tend";

    @TempDir
    Path dir;

    @Test
    void build_withARejectedRow_namesItExitsOneAndKeepsTheOthers() throws IOException {
        Path file = Files.writeString(dir.resolve("rows.tsv"), HEADER + "\n"
                + "Q42\tAda Example\tMinister of Tests\tQ7\tQ30\t2020\t\n"
                + "Q43\tBea Example\tMinister of Trials\t\tQ30\tlast spring\t\n");

        MainIT.Run r = MainIT.run("kb", "build", "--officeholders", file.toString(), "--out",
                dir.resolve("kb").toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("1 people, 1 positions held"), r.out());
        assertEquals("rejected: " + file + " line 3: start and end must be YYYY-MM-DD, YYYY or empty",
                r.err().strip());
        assertEquals(1, OfficeHolders.load(dir.resolve("kb")).size());
    }

    @Test
    void build_ofAFileThatIsNotThere_isAUsageErrorAndWritesNothing() {
        MainIT.Run r = MainIT.run("kb", "build", "--officeholders", dir.resolve("none.tsv").toString(), "--out",
                dir.resolve("kb").toString());

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--officeholders " + dir.resolve("none.tsv") + " is not a file"), r.err());
        assertFalse(Files.exists(dir.resolve("kb")));
    }
}
