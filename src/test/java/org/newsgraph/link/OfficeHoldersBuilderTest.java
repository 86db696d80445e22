package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

class OfficeHoldersBuilderTest {
    private static final String HEADER = "wikidata_qid\tname\tposition\tposition_qid\tcountry_qid\tstart\tend\tsource";

    @TempDir
    Path dir;

    @Test
    void build_fromWikidataRows_filesLabelsAliasesStatedNamesAndShortForms() throws IOException {
        OfficeHolders kb = SharedKb.build(Set.of("Q718601", "Q6783882", "Q30921853"), dir);

        assertEquals(3, kb.size());
        assertEquals(List.of(NameForm.LABEL), forms(kb, "nana akufo-addo", "Q718601"));
        assertEquals(List.of(NameForm.LABEL), forms(kb, "bui thanh son", "Q30921853"));
        assertEquals(List.of(NameForm.STATED), forms(kb, "seyyed masoud mirkazemi", "Q6783882"));
        assertEquals(List.of(NameForm.COMPACT), forms(kb, "masoudmirkazemi", "Q6783882"));
        assertEquals(List.of(NameForm.SURNAME), forms(kb, "akufo-addo", "Q718601"));
        assertEquals(List.of(NameForm.FIRST_AND_LAST), forms(kb, "masoud kazemi", "Q6783882"));
    }

    @Test
    void build_keepsEveryPositionWithItsDates_aYearCountingFromItsFirstToItsLastDay() throws IOException {
        OfficeHolders kb = SharedKb.build(Set.of("Q718601"), dir);
        List<Office> offices = kb.named("nana akufo-addo").get(0).person().offices();

        Office president = offices.stream().filter(o -> "Q2672728".equals(o.positionQid())).findFirst().orElseThrow();
        assertEquals(new Office("President of Ghana", "Q2672728", "Q117", LocalDate.of(2017, 1, 7), null), president);
        Office seat = offices.stream().filter(o -> "Q21290881".equals(o.positionQid())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(1997, 1, 1), seat.start());
        assertEquals(LocalDate.of(2009, 12, 31), seat.end());
    }

    @Test
    void build_withBadRows_storesTheOthersAndNamesTheFileAndLineOfEach() throws IOException {
        Path file = Files.writeString(dir.resolve("holders.tsv"), HEADER + "\n"
                + "Q42\tAda Example\tMinister of Tests\tQ7\tQ30\t2020\t\ts\n"
                + "42\tNo Qid\tMinister\t\t\t\t\ts\n"
                + "Q43\tBad Date\tMinister\t\t\t2020-13-40\t\ts\n");

        OfficeHoldersBuilder.Report r = OfficeHoldersBuilder.build(file, null, dir.resolve("kb"));

        assertEquals(1, r.people());
        assertEquals(2, r.rejected());
        assertEquals(List.of(file + " line 3: a person needs a QID (Q and digits) and a name",
                file + " line 4: start and end must be YYYY-MM-DD, YYYY or empty"), r.problems());
        assertEquals("Q42", OfficeHolders.load(dir.resolve("kb")).named("ada example").get(0).person().qid());
    }

    @Test
    void build_ofAFileWithoutTheColumns_failsAndKeepsThePreviousKnowledgeBase() throws IOException {
        Path good = Files.writeString(dir.resolve("good.tsv"), HEADER + "\nQ42\tAda Example\tMinister\t\tQ30\t\t\ts\n");
        OfficeHoldersBuilder.build(good, null, dir.resolve("kb"));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "qid\tname\nQ43\tBea Example\n");

        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> OfficeHoldersBuilder.build(bad, null, dir.resolve("kb")));

        assertTrue(e.getMessage().contains("lacks the column(s) wikidata_qid, position"), e.getMessage());
        assertEquals(1, OfficeHolders.load(dir.resolve("kb")).size());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".kb")).toList());
        }
    }

    @Test
    void build_intoAFolderOfOtherFiles_refusesToReplaceIt() throws IOException {
        Path good = Files.writeString(dir.resolve("good.tsv"), HEADER + "\nQ42\tAda Example\tMinister\t\tQ30\t\t\ts\n");
        Files.createDirectories(dir.resolve("photos"));
        Files.writeString(dir.resolve("photos/cat.jpg"), "not a knowledge base");

        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> OfficeHoldersBuilder.build(good, null, dir.resolve("photos")));

        assertTrue(e.getMessage().contains("is not a knowledge base folder"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("photos/cat.jpg")));
    }

    @Test
    void load_ofAFolderThatIsNoKnowledgeBase_saysHowToBuildOne() {
        NewsGraphException e = assertThrows(NewsGraphException.class, () -> OfficeHolders.load(dir));

        assertTrue(e.getMessage().contains("build one with 'newsgraph kb build'"), e.getMessage());
    }

    private static List<NameForm> forms(OfficeHolders kb, String key, String qid) {
        return kb.named(key).stream().filter(n -> n.person().qid().equals(qid)).map(OfficeHolders.Named::form)
                .toList();
    }
}
