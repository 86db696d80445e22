package org.newsgraph.extract.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.ExtractorFixture.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Position;

class PositionFinderTest {
    private static List<String> rows(Extraction x) {
        return x.positions().stream().map(PositionFinderTest::row).toList();
    }

    private static String row(Position p) {
        return p.holder().name() + " | " + p.title() + " | " + (p.country() == null ? null : p.country().name());
    }

    @Test
    void titleBeforeName_withDemonym_givesTheCountryServed() {
        Extraction x = extract("Turkish Foreign Minister Hakan Fidan arrived on Monday.");
        assertEquals(List.of("Hakan Fidan | Foreign Minister | Turkey"), rows(x));
    }

    @Test
    void militaryRankOfSeveralWords_isTheWholeRankAndMakesAnUnknownNameAPerson() {
        Extraction x = extract("Sudanese Lieutenant General Abdel Fattah al-Burhan met the envoy on Monday.");
        assertEquals(List.of("Abdel Fattah al-Burhan | Lieutenant General | Sudan"), rows(x));
    }

    @Test
    void abbreviatedTitle_isSpelledOut() {
        Extraction x = extract("Sen. Marsha Kowalski, R-Tenn., opposed the bill.");
        assertEquals("Senator", x.positions().get(0).title());
    }

    @Test
    void organizationBeforeTitle_servesItsCountry() {
        Extraction x = extract("White House press secretary Karoline Leavitt spoke to reporters.");
        assertEquals(List.of("Karoline Leavitt | press secretary | United States"), rows(x));
    }

    @Test
    void apposition_givesTheRoleAndItsBody() {
        Extraction x = extract("Amara Diallo, the African Union's special envoy, arrived in Khartoum.");
        Position p = x.positions().get(0);
        assertEquals("special envoy", p.title());
        assertEquals("African Union", p.jurisdiction().name());
    }

    @Test
    void roleBeforeNameWithComma_isAPosition() {
        Extraction x = extract("Ghana's president, Kwaku Mensah-Boateng, welcomed the decision.");
        assertEquals(List.of("Kwaku Mensah-Boateng | president | Ghana"), rows(x));
    }

    @Test
    void unknownPersonWithoutCountry_hasNoCountry() {
        Extraction x = extract("Spokesperson Ingrid Haugland declined to comment.");
        assertNull(x.positions().get(0).country());
    }

    @Test
    void pluralTitleBeforeAList_holdsForEveryNameWithItsOwnCountry() {
        Extraction x = extract("Talks were held between the foreign ministers, Ana Lopez of Chile and Pedro Gomez of"
                + " Peru, in July.");
        assertEquals(List.of("Ana Lopez | foreign minister | Chile", "Pedro Gomez | foreign minister | Peru"),
                rows(x));
    }

    @Test
    void singularTitleBeforeAList_holdsOnlyForTheFirstName() {
        Extraction x = extract("Ghana's president, Kwaku Mensah-Boateng, and Ana Lopez spoke on Monday.");
        assertEquals(List.of("Kwaku Mensah-Boateng | president | Ghana"), rows(x));
    }

    @Test
    void roleBeforeATitledName_isASecondPosition() {
        Extraction x = extract("Canada's envoy to the talks, Foreign Minister Anita Rao, arrived on Monday.");
        assertEquals(List.of("Anita Rao | Foreign Minister | null", "Anita Rao | envoy | Canada"), rows(x));
    }

    @Test
    void electSuffix_isPartOfTheTitle() {
        Extraction x = extract("President-elect Donald Trump met JD Vance, then the vice president-elect, on Sunday.");
        assertEquals(List.of("Donald Trump | President-elect | United States",
                "JD Vance | vice president-elect | United States"), rows(x));
    }

    @Test
    void swornInAsTitle_givesThePersonBeforeTheVerbThatTitle() {
        Extraction x = extract("Jacinda Ardern, who was sworn in as prime minister in 2017, spoke on Monday.");
        assertEquals("Jacinda Ardern | prime minister", rows(x).get(0).replace(" | null", ""));
    }

    @Test
    void appointedNameAsTitle_givesTheNamedObjectThatTitle() {
        Extraction x = extract("The parliament elected Maria Silva as president on Monday.");
        assertEquals(List.of("Maria Silva | president | null"), rows(x));
    }

    @Test
    void appointedPronounAsTitle_givesNoPositionToTheSubject() {
        Extraction x = extract("Joe Biden, who appointed her as ambassador, spoke on Monday.");
        assertEquals(List.of(), rows(x));
    }

    @Test
    void relativeClauseWithWhom_endsAnApposedRole() {
        Extraction x = extract("John Carter, a retired general whom the army installed as acting president, spoke.");
        assertEquals(List.of("John Carter | president | null", "John Carter | general | null"), rows(x));
    }
}
