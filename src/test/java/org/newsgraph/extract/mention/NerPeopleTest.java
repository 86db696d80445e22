package org.newsgraph.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorFixture.entity;
import static org.newsgraph.extract.ExtractorFixture.extract;
import static org.newsgraph.extract.ExtractorFixture.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;

/** People found through the statistical tagger: whole names, trimmed to their name words, and what is no name. */
class NerPeopleTest {
    @Test
    void find_taggedNameWithoutOtherCue_isAPerson() {
        Extraction x = extract("Investigators questioned Ly Sovann Rith about the casino's accounts last month.");
        assertTrue(names(x, EntityType.PERSON).contains("Ly Sovann Rith"), names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_koreanNameWithHyphenatedGivenName_comesOutWhole() {
        Extraction x = extract("The ministry sanctioned Ri Chol-ho and Jon Myong-guk for arranging the shipments.");
        List<String> people = names(x, EntityType.PERSON);
        assertTrue(people.contains("Ri Chol-ho"), people.toString());
        assertTrue(people.contains("Jon Myong-guk"), people.toString());
    }

    @Test
    void find_russianNameWithPatronymic_comesOutWhole() {
        Extraction x = extract("Prosecutors charged Russian national Gennady Vasilyevich Kozlov with fraud.");
        assertTrue(names(x, EntityType.PERSON).contains("Gennady Vasilyevich Kozlov"),
                names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_bulletedNames_areSeparatePeople() {
        Extraction x = extract("The list names three officials:\n\u2022 Hamid Reza Tavakoli\n\u2022 Farshad Nouri\n"
                + "\u2022 Kamran Ghaffari\nThe measures take effect today.");
        List<String> people = names(x, EntityType.PERSON);
        assertTrue(people.containsAll(List.of("Hamid Reza Tavakoli", "Farshad Nouri", "Kamran Ghaffari")),
                people.toString());
    }

    @Test
    void find_possessiveEnding_isNotPartOfTheName() {
        Extraction x = extract("Investigators reviewed Oluwaseun Bakare's accounts on Tuesday.");
        assertTrue(entity(x, "Oluwaseun Bakare").isPresent(), names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_formOfAddressInsideTheSpan_isDropped() {
        Extraction x = extract("The delegation was led by Hon Aupito Tofae Su'a, who arrived on Monday.");
        List<String> people = names(x, EntityType.PERSON);
        assertFalse(people.stream().anyMatch(p -> p.startsWith("Hon ")), people.toString());
    }

    @Test
    void find_nameBeforeAPlace_stopsAtOf() {
        Extraction x = extract("Lord Benyon of Englefield will travel to Nairobi next week.");
        List<String> people = names(x, EntityType.PERSON);
        assertFalse(people.contains("Benyon of Englefield"), people.toString());
    }

    @Test
    void find_partyAndStateAfterASenator_isNoName() {
        Extraction x = extract("The bill drafted by Sen. Tom Cotton, R-Ark., passed the committee.");
        assertFalse(names(x, EntityType.PERSON).stream().anyMatch(p -> p.contains("Ark")),
                names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_headlineVerbAfterATitle_isNoName() {
        Extraction x = extract("Foreign Minister Unveils Sweeping New Export Curbs\nThe measures start in May.");
        assertTrue(names(x, EntityType.PERSON).isEmpty(), names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_ambiguousCountryInAListOfStates_isTheCountry() {
        Extraction x = extract("Envoys from Egypt, Jordan, Qatar and Oman attended the talks.");
        assertTrue(names(x, EntityType.COUNTRY).contains("Jordan"), names(x, EntityType.COUNTRY).toString());
    }

    @Test
    void find_wordInsideALongerUnknownName_isNotLinkedToAKnownPersonBySurname() {
        Extraction x = extract("The order was signed by judge Marisela Andreína Rodríguez Rodríguez on Monday.");
        assertTrue(x.entities().stream().noneMatch(e -> "Q15081116".equals(e.wikidata())), x.entities().toString());
    }

    @Test
    void find_pluralNounAfterATitleWord_isNoName() {
        Extraction x = extract("The resolution asks all UN Member States to report by June.");
        assertTrue(names(x, EntityType.PERSON).isEmpty(), names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_platformAPostAppearedOn_isNoPerson() {
        Extraction x = extract("\"The talks went well,\" Gabriel Boric wrote on Truth Social on Sunday.");
        assertTrue(entity(x, "Gabriel Boric").isPresent());
        assertFalse(entity(x, "Truth Social").isPresent());
    }
}
