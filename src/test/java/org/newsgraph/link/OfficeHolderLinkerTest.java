package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.LinkMethod;

/** Linking by name and context against real Wikidata rows: namesakes, stale offices, variants and surnames. */
class OfficeHolderLinkerTest {
    private static final String GHANA = "Q117";
    private static final String CHINA = "Q148";
    private static final String NORTH_KOREA = "Q423";
    private static final LocalDate DAY_2019 = LocalDate.of(2019, 6, 1);
    private static PersonLinker linker;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        // the foreign minister Wang Yi and three legislators of the same name; a premier of North Korea; the
        // president of Ghana; a minister whose offices ended in 2007
        linker = PersonLinker.of(SharedKb.build(Set.of("Q701801", "Q16949576", "Q9315278", "Q11086812",
                "Q25035961", "Q718601", "Q764159", "Q6783882"), dir));
    }

    @Test
    void aNameOnlyOnePersonHas_isLinkedByName() {
        assertEquals(Optional.of(link("Q718601", LinkMethod.NAME)), link(person(List.of("Nana Akufo-Addo"))));
    }

    @Test
    void aStatedNameWithAFormOfAddress_isLinkedAsAnAlias() {
        assertEquals(Optional.of(link("Q6783882", LinkMethod.ALIAS)),
                link(person(List.of("Seyyed Masoud Mirkazemi"))));
    }

    @Test
    void aNameFourPeopleShare_isLeftUnlinkedWithoutContext() {
        assertEquals(Optional.empty(), link(person(List.of("Wang Yi"))));
    }

    @Test
    void aNameFourPeopleShare_isLinkedWhenTitleAndDateDecide() {
        PersonLinker.Person minister = new PersonLinker.Person(List.of("Wang Yi"),
                List.of(new PersonLinker.Role("Foreign Minister", CHINA)), Set.of(CHINA), DAY_2019);

        assertEquals(Optional.of(link("Q701801", LinkMethod.NAME_IN_CONTEXT)), link(minister));
    }

    @Test
    void aNameTwoLegislatorsOfTheSameYearsShare_staysUnlinkedWhenOnlyTheDateIsKnown() {
        PersonLinker.Person p = new PersonLinker.Person(List.of("Wang Yi"), List.of(), Set.of(),
                LocalDate.of(2010, 1, 1));

        assertEquals(Optional.empty(), link(p));
    }

    @Test
    void aPersonWhoseOfficesEndedLongBefore_needsATitleThatFits() {
        LocalDate day = LocalDate.of(2024, 5, 1);
        PersonLinker.Person bare = new PersonLinker.Person(List.of("Obaidullah Akhund"), List.of(), Set.of(), day);
        PersonLinker.Person titled = new PersonLinker.Person(List.of("Obaidullah Akhund"),
                List.of(new PersonLinker.Role("former Minister of Defense", null)), Set.of(), day);

        assertEquals(Optional.empty(), link(bare));
        assertEquals("Q764159", link(titled).orElseThrow().qid());
    }

    @Test
    void middleNamesTheLabelLeavesOut_linkOnlyWhenTheCountryFits() {
        List<String> names = List.of("Nana Addo Dankwa Akufo-Addo");
        PersonLinker.Person inGhana = new PersonLinker.Person(names,
                List.of(new PersonLinker.Role("President", GHANA)), Set.of(GHANA), DAY_2019);

        assertEquals(Optional.of(link("Q718601", LinkMethod.NAME_VARIANT)), link(inGhana));
        assertEquals(Optional.empty(), link(new PersonLinker.Person(names, List.of(), Set.of(), DAY_2019)));
    }

    @Test
    void aNamesakeDifferingInOneSyllableOfAHyphenatedGivenName_isNotLinked() {
        PersonLinker.Person other = new PersonLinker.Person(List.of("Kim Song-hun"),
                List.of(new PersonLinker.Role("official", NORTH_KOREA)), Set.of(NORTH_KOREA), DAY_2019);

        assertEquals(Optional.empty(), link(other));
    }

    @Test
    void aSurnameAlone_linksATitledPersonInRecentOfficeInACountryTheArticleNames() {
        PersonLinker.Person titled = new PersonLinker.Person(List.of("Akufo-Addo"),
                List.of(new PersonLinker.Role("President", null)), Set.of(GHANA), DAY_2019);
        PersonLinker.Person untitled = new PersonLinker.Person(List.of("Akufo-Addo"), List.of(), Set.of(GHANA),
                DAY_2019);
        PersonLinker.Person elsewhere = new PersonLinker.Person(List.of("Akufo-Addo"),
                List.of(new PersonLinker.Role("President", null)), Set.of(CHINA), DAY_2019);

        assertEquals(Optional.of(link("Q718601", LinkMethod.SURNAME_IN_CONTEXT)), link(titled));
        assertEquals(Optional.empty(), link(untitled));
        assertEquals(Optional.empty(), link(elsewhere));
    }

    private static Optional<PersonLinker.Link> link(PersonLinker.Person p) {
        return linker.link(p).map(l -> link(l.qid(), l.method()));
    }

    /** A link compared by item and method only. */
    private static PersonLinker.Link link(String qid, LinkMethod how) {
        return new PersonLinker.Link(qid, "-", how, List.of());
    }

    private static PersonLinker.Person person(List<String> names) {
        return new PersonLinker.Person(names, List.of(), Set.of(), DAY_2019);
    }
}
