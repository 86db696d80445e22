package org.newsgraph.extract;

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
}
