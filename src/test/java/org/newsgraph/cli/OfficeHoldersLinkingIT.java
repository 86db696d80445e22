package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.SharedKb;

/**
 * A knowledge base built with {@code kb build} from Wikidata rows links, through {@code ingest --kb}, the people
 * the bundled one does not hold, says how in the graph, and names the position items of their titles.
 */
class OfficeHoldersLinkingIT {
    @TempDir
    static Path dir;
    static Path kb;
    static Path db;
    static MainIT.Run build;
    static MainIT.Run ingest;

    @BeforeAll
    static void buildAndIngest() throws IOException {
        Path offices = SharedKb.slice("officeholders.tsv", Set.of("Q718601", "Q6783882", "Q25035961"),
                dir.resolve("officeholders.tsv"));
        Path aliases = SharedKb.slice("aliases.tsv", Set.of("Q718601", "Q6783882", "Q25035961"),
                dir.resolve("aliases.tsv"));
        kb = dir.resolve("kb");
        build = MainIT.run("kb", "build", "--officeholders", offices.toString(), "--aliases", aliases.toString(),
                "--out", kb.toString());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("call.txt"), "President Nana Addo Dankwa Akufo-Addo of Ghana spoke by phone"
                + " on Wednesday with Masoud Mir Kazemi, who runs Iran's planning and budget office.\n\n"
                + "A shipping agent called Kim Tok-chol was not on the line, officials said.");
        Files.writeString(in.resolve("call.json"), "{\"published\": \"2022-03-10\", \"source\": \"Coast Wire\"}");
        db = dir.resolve("db");
        ingest = MainIT.run("ingest", "--db", db.toString(), "--kb", kb.toString(), in.toString());
    }

    @Test
    void kbBuild_saysWhatItBuilt() {
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("3 people"), build.out());
    }

    @Test
    void ingest_withTheKnowledgeBase_linksByNameAndVariant_andLeavesANamesakeUnlinked() {
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains("linking people with the knowledge base"), ingest.err());
        String people = MainIT.run("query", "--db", db.toString(), "--format", "csv", "queries/people.rq").out();
        assertTrue(people.contains("Nana Akufo-Addo,http://www.wikidata.org/entity/Q718601"), people);
        assertTrue(people.contains("Masoud Mir Kazemi,http://www.wikidata.org/entity/Q6783882"), people);
        assertTrue(people.lines().anyMatch(l -> l.contains("Kim Tok-chol") && l.endsWith(",")), people);
        assertFalse(people.contains("Q25035961"), people);
    }

    @Test
    void theGraph_saysHowEachPersonWasLinked_andWhichPositionItemATitleIs() {
        String items = MainIT.run("query", "--db", db.toString(), "--format", "csv", "queries/position-items.rq")
                .out();
        assertTrue(items.contains("Nana Akufo-Addo,http://www.wikidata.org/entity/Q718601,President,"
                + "http://www.wikidata.org/entity/Q2672728,https://w3id.org/newsgraph/voc/link-name-variant,call"),
                items);
    }

    @Test
    void stats_listsTheKnowledgeBasesInUse() {
        MainIT.Run stats = MainIT.run("stats", "--db", db.toString(), "--kb", kb.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("office-holders 3 people"), stats.out());
        assertTrue(stats.out().contains("bundled        197 countries"), stats.out());
    }

    @Test
    void ingest_withAFolderThatHoldsNoKnowledgeBase_isAUsageErrorAndMakesNoStore() {
        Path other = dir.resolve("db-other");
        MainIT.Run r = MainIT.run("ingest", "--db", other.toString(), "--kb", dir.resolve("in").toString(),
                dir.resolve("in").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is not a knowledge base folder: build one with 'newsgraph kb build'"), r.err());
        assertFalse(Files.exists(other));
    }
}
