package org.newsgraph.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorFixture.entity;
import static org.newsgraph.extract.ExtractorFixture.extract;
import static org.newsgraph.extract.ExtractorFixture.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;

class CoreferenceTest {
    @Test
    void surnameAndTitledSurname_joinTheFullName() {
        Extraction x = extract("Marco Rubio arrived in Manila. Rubio met officials. Later, Secretary Rubio left.");
        Entity rubio = entity(x, "Marco Rubio").orElseThrow();
        assertEquals(3, rubio.mentions().size());
        assertEquals(List.of("Marco Rubio"), names(x, EntityType.PERSON));
    }

    @Test
    void surnameOfAKnownPerson_isLinkedEvenWithoutTheFullName() {
        Extraction x = extract("Erdogan said the corridor would reopen.");
        assertEquals(List.of("Recep Tayyip Erdoğan"), names(x, EntityType.PERSON));
    }

    @Test
    void unknownPerson_shortFirstName_isOnePerson() {
        Extraction x = extract("Envoy Steve Kowalczyk spoke first. Later, Steven Kowalczyk said the deal held.");
        assertEquals(1, names(x, EntityType.PERSON).size(), names(x, EntityType.PERSON).toString());
    }

    @Test
    void possessiveAndHyphenatedForms_areMentionsOfTheirCountries() {
        Extraction x = extract("Russia's envoy praised the U.S.-Russia channel.");
        assertEquals(List.of("Russia", "United States"), names(x, EntityType.COUNTRY));
    }

    @Test
    void laterPartOfAHyphenatedSurname_isTheSamePerson() {
        Extraction x = extract("Foreign Minister Hossein Amir-Abdollahian flew home. Amir-Abdollahian said talks went well.");
        assertEquals(List.of("Hossein Amir-Abdollahian"), names(x, EntityType.PERSON));
    }

    @Test
    void sameNameInTwoSentences_keepsEveryMention() {
        Extraction x = extract("Nigeria hosted the talks. Nigerian officials said Nigeria would sign.");
        assertEquals(3, entity(x, "Nigeria").orElseThrow().mentions().size());
    }

    @Test
    void titleAlone_standsForTheOnePersonTheArticleGivesIt() {
        Extraction x = extract("Secretary of State Marco Rubio arrived in Hanoi on Monday. The Secretary met"
                + " Vietnamese Foreign Minister Bui Thanh Son on Tuesday.");
        assertTrue(x.meetings().stream().anyMatch(m -> m.participants().stream()
                .anyMatch(p -> p.name().equals("Marco Rubio"))), x.meetings().toString());
    }
}
