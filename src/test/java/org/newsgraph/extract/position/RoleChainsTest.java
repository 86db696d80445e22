package org.newsgraph.extract.position;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorFixture.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Position;

/** Roles written as phrases around a name: complements, chains, served-as, signatures. */
class RoleChainsTest {
    private static List<String> rows(Extraction x) {
        return x.positions().stream().map(RoleChainsTest::row).distinct().toList();
    }

    private static String row(Position p) {
        return p.holder().name() + " | " + p.title() + " | " + (p.country() == null ? null : p.country().name());
    }

    @Test
    void before_titleOfCountryThenCommaAndName_givesTheTitleAndTheCountry() {
        Extraction x = extract("The premier met the President of Malawi, Tamanda Chirwa, on Monday.");
        assertTrue(rows(x).contains("Tamanda Chirwa | President | Malawi"), rows(x).toString());
    }

    @Test
    void before_titleOfCountryDirectlyBeforeTheName_givesTheTitleAndTheCountry() {
        Extraction x = extract("She later met former Prime Minister of Denmark Karin Holmgaard in Oslo.");
        assertTrue(rows(x).contains("Karin Holmgaard | Prime Minister | Denmark"), rows(x).toString());
    }

    @Test
    void before_formOfAddressBetweenRoleAndName_isSkipped() {
        Extraction x = extract("The envoy will meet Foreign Minister of Oman, H.E Salim Al-Harthy, in Muscat.");
        assertTrue(rows(x).contains("Salim Al-Harthy | Foreign Minister | Oman"), rows(x).toString());
    }

    @Test
    void before_rolesJoinedByAnd_areEachAPositionOfTheOnePerson() {
        Extraction x = extract("Deputy Prime Minister and Defence Minister Tomas Lindqvist arrived in Vilnius.");
        List<String> rows = rows(x);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Tomas Lindqvist | Deputy Prime Minister")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Tomas Lindqvist | Defence Minister")), rows.toString());
    }

    @Test
    void before_roleWithAPortfolioComplement_keepsTheComplement() {
        Extraction x = extract("The talks were led by Senior Advisor for Trade Policy Miriam Okafor on Tuesday.");
        assertTrue(rows(x).stream().anyMatch(r -> r.startsWith("Miriam Okafor | Senior Advisor for Trade Policy")),
                rows(x).toString());
    }

    @Test
    void after_servedAs_givesEveryRoleOfTheChain() {
        Extraction x = extract("Treasury designated Darko Petrovic, currently serving as Director of the Customs "
                + "Administration, on Tuesday. Petrovic previously served as Minister of Finance and Minister of "
                + "Justice.");
        List<String> titles = x.positions().stream().map(Position::title).toList();
        assertTrue(titles.contains("Minister of Finance"), titles.toString());
        assertTrue(titles.contains("Minister of Justice"), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Director of the Customs Administration")),
                titles.toString());
    }

    @Test
    void signature_nameLineThenRoleLine_isAPosition() {
        Extraction x = extract("Hon Grace Tuilagi\nMinister of Health\n\nThe minister announced new funding today.");
        assertTrue(rows(x).stream().anyMatch(r -> r.startsWith("Grace Tuilagi | Minister of Health")),
                rows(x).toString());
    }

    @Test
    void apposition_thatRunsIntoAnotherName_isThatNamesRole() {
        Extraction x = extract("Foreign Secretary Jan Holm, Senior Advisor for Asia Lena Berg, and two aides "
                + "attended the talks.");
        List<String> rows = rows(x);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("Jan Holm | Senior Advisor")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Lena Berg | Senior Advisor")), rows.toString());
    }

    @Test
    void apposition_withAPossessorInside_isStillTheNamesRole() {
        Extraction x = extract("Karl Brandt, Merkel's former security adviser, told reporters the deal was weak.");
        assertTrue(rows(x).stream().anyMatch(r -> r.startsWith("Karl Brandt | security adviser")
                || r.startsWith("Karl Brandt | adviser")), rows(x).toString());
    }

    @Test
    void after_titleOpeningTheNextClause_isNoApposition() {
        Extraction x = extract("According to spokesperson Lena Holm, the Secretary told reporters the talks went "
                + "well.");
        assertFalse(rows(x).stream().anyMatch(r -> r.startsWith("Lena Holm | Secretary")), rows(x).toString());
    }

    @Test
    void after_lowerCaseModifiersOfATitle_belongToTheRole() {
        Extraction x = extract("Marta Ruiz, deputy assistant secretary of state for African Affairs, said the visit "
                + "went well.");
        assertTrue(rows(x).stream().anyMatch(r -> r.startsWith("Marta Ruiz | deputy assistant secretary of state")),
                rows(x).toString());
    }

    @Test
    void complementCutInsideANounPhrase_isLeftOutOfTheRole() {
        Extraction x = extract("Pavel Orlov, the chairman of the Kazakh National oil company, spoke on Friday.");
        assertFalse(x.positions().stream().anyMatch(p -> p.title().contains("National")), rows(x).toString());
    }
}
