package org.newsgraph.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorFixture.entity;
import static org.newsgraph.extract.ExtractorFixture.extract;
import static org.newsgraph.extract.ExtractorFixture.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Rule;

class MentionRecognitionTest {
    @Test
    void knowledgeBaseName_isLinkedToItsQid() {
        Extraction x = extract("Indian Prime Minister Narendra Modi arrived in Washington on Tuesday.");
        assertEquals("Q1058", entity(x, "Narendra Modi").orElseThrow().wikidata());
    }

    @Test
    void demonym_namesItsCountry() {
        Extraction x = extract("The Kenyan delegation signed the accord.");
        assertEquals(List.of("Kenya"), names(x, EntityType.COUNTRY));
    }

    @Test
    void capitalAsSubject_standsForTheGovernment_butAfterInIsTheCity() {
        Extraction government = extract("Beijing rejected the accusation on Friday.");
        assertEquals(List.of("China"), names(government, EntityType.COUNTRY));
        Extraction city = extract("The two envoys talked in Beijing on Friday.");
        assertEquals(List.of("Beijing"), names(city, EntityType.PLACE));
        assertTrue(names(city, EntityType.COUNTRY).isEmpty());
    }

    @Test
    void lowercaseWord_isNeverAnAcronymCountry() {
        Extraction x = extract("Officials told us the talks would resume.");
        assertTrue(names(x, EntityType.COUNTRY).isEmpty());
    }

    @Test
    void ambiguousCountryName_needsContext() {
        Extraction person = extract("Striker Jordan Henderson said the match was tough.");
        assertFalse(names(person, EntityType.COUNTRY).contains("Jordan"));
        Extraction country = extract("The minister flew to Jordan on Monday.");
        assertTrue(names(country, EntityType.COUNTRY).contains("Jordan"));
    }

    @Test
    void titledUnknownName_isAPerson() {
        Extraction x = extract("Deputy Foreign Minister Oluwaseun Adebayo-Okafor met the envoy.");
        Entity p = entity(x, "Oluwaseun Adebayo-Okafor").orElseThrow();
        assertEquals(EntityType.PERSON, p.type());
        assertEquals(Rule.TITLED_NAME, p.mentions().get(0).rule());
    }

    @Test
    void taggedFullName_makesAPerson() {
        Extraction x = extract("The proposal was drafted by Karen Lindqvist and sent to parliament.");
        assertEquals(Rule.NER_PERSON, entity(x, "Karen Lindqvist").orElseThrow().mentions().get(0).rule());
    }

    @Test
    void apposition_makesAPerson() {
        Extraction x = extract("Tadesse Worku, the agency's chief negotiator, left the room.");
        assertEquals(EntityType.PERSON, entity(x, "Tadesse Worku").orElseThrow().type());
    }

    @Test
    void speechVerb_makesAPerson() {
        Extraction x = extract("\"We are ready,\" Oyelaran Bakare said on Monday.");
        assertEquals(Rule.SPEECH_VERB, entity(x, "Oyelaran Bakare").orElseThrow().mentions().get(0).rule());
    }

    @Test
    void organizationKeyword_makesAnOrganization() {
        Extraction x = extract("The Zambian Energy Regulation Board approved the tariff on Monday.");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("Energy Regulation Board"));
    }

    @Test
    void photoCredit_namesAPhotographerNotAnActor() {
        Extraction x = extract("The ministers shake hands in Hanoi. (Maria Oliveira/Reuters)");
        assertEquals(Rule.CREDIT, entity(x, "Maria Oliveira").orElseThrow().mentions().get(0).rule());
        assertEquals(List.of("photographer"), x.positions().stream().map(p -> p.title()).toList());
        assertTrue(x.meetings().isEmpty());
    }

    @Test
    void byline_namesTheReporter() {
        Extraction x = extract("Talks resume in Geneva\nBy Helen Whitaker\nThe envoys returned on Monday.");
        assertEquals(Rule.BYLINE, entity(x, "Helen Whitaker").orElseThrow().mentions().get(0).rule());
        assertEquals(List.of("reporter"), x.positions().stream().map(p -> p.title()).toList());
    }

    @Test
    void sectionHeading_isNoOrganization() {
        Extraction x = extract("Business News\nThe markets rose on Friday.");
        assertTrue(names(x, EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void accentedAndHyphenatedNames_areRecognized() {
        Extraction x = extract("Foreign Minister José Manuel Álvarez-Díaz met Prime Minister Zoë O'Neill-Ó Briain.");
        assertTrue(entity(x, "José Manuel Álvarez-Díaz").isPresent());
    }

    @Test
    void capitalFollowedByItsCountry_isTheCity() {
        Extraction x = extract("NAIROBI, Kenya (AP) \u2014 The talks resumed on Friday.");
        assertEquals(List.of("Nairobi"), names(x, EntityType.PLACE));
        assertEquals(List.of("Kenya"), names(x, EntityType.COUNTRY));
    }

    @Test
    void legalFormAbbreviation_endsACompanyName_withItsFullStop() {
        Extraction x = extract("Officials at Karomi Trading Co. said the shipment had been delayed.");
        assertEquals(List.of("Karomi Trading Co."), names(x, EntityType.ORGANIZATION));
    }

    @Test
    void countryNameOpeningACompanyName_isPartOfIt_andStillNamesTheCountry() {
        Extraction x = extract("The regulator fined Kenya Tea Holdings on Tuesday.");
        assertEquals(List.of("Kenya Tea Holdings"), names(x, EntityType.ORGANIZATION));
        assertEquals(List.of("Kenya"), names(x, EntityType.COUNTRY));
    }

    @Test
    void parenthesizedPartBeforeTheLegalForm_belongsToTheName() {
        Extraction x = extract("Washington blacklisted Orvana (Metals and Mining) Ltd. last week.");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("Orvana (Metals and Mining) Ltd."));
    }

    @Test
    void organizationKeywordFollowedByFor_continuesTheName() {
        Extraction x = extract("The Alliance for Civic Renewal won most seats, officials said.");
        assertEquals(List.of("Alliance for Civic Renewal"), names(x, EntityType.ORGANIZATION));
    }

    @Test
    void titleAfterAnOrganization_isNotPartOfIt() {
        Extraction x = extract("Orvana Bank President Tomasz Kowal said the loan was approved.");
        assertEquals(List.of("Orvana Bank"), names(x, EntityType.ORGANIZATION));
        assertTrue(entity(x, "Tomasz Kowal").isPresent());
    }

    @Test
    void countrysForeignMinistryInLowerCase_isTheKnownMinistry() {
        Extraction x = extract("Japan's foreign ministry summoned the ambassador on Monday.");
        assertEquals(List.of("Ministry of Foreign Affairs of Japan"), names(x, EntityType.ORGANIZATION));
        assertEquals(List.of("Japan"), names(x, EntityType.COUNTRY));
    }

    @Test
    void unknownCountrysForeignMinistry_isNamedTheWayKnownMinistriesAre() {
        Extraction x = extract("A spokesman for Estonia's Foreign Ministry said the envoy had left.");
        assertEquals(List.of("Ministry of Foreign Affairs of Estonia"), names(x, EntityType.ORGANIZATION));
        Extraction demonym = extract("The Estonian defence ministry said the drill went ahead.");
        assertEquals(List.of("Ministry of Defence of Estonia"), names(demonym, EntityType.ORGANIZATION));
    }

    @Test
    void ministryOfAnotherCountry_keepsTheCountryInItsName() {
        Extraction x = extract("The Ministry of Foreign Affairs of Estonia said the envoy had left.");
        assertEquals(List.of("Ministry of Foreign Affairs of Estonia"), names(x, EntityType.ORGANIZATION));
        assertEquals(List.of("Estonia"), names(x, EntityType.COUNTRY));
    }

    @Test
    void bareMinistryWrittenTwoWays_isOneOrganization() {
        Extraction x = extract("The Commerce Ministry announced the curbs. The Ministry of Commerce said they start in May.");
        assertEquals(List.of("Ministry of Commerce"), names(x, EntityType.ORGANIZATION));
    }

    @Test
    void nameOpeningWithAnArabicArticle_isRecognized() {
        Extraction x = extract("Government troops fought al-Shabaab near the border on Sunday.");
        assertEquals(List.of("al-Shabaab"), names(x, EntityType.ORGANIZATION));
    }

    @Test
    void wellKnownCompany_isLinkedToItsQid() {
        Extraction x = extract("Shares of Tesla fell after the tariff announcement.");
        assertEquals("Q478214", entity(x, "Tesla").orElseThrow().wikidata());
    }

    @Test
    void nationalNewsAgencyAbbreviation_namesTheAgency() {
        Extraction x = extract("The envoy was expelled, the state news agency IRNA reported.");
        assertEquals(List.of("Islamic Republic News Agency"), names(x, EntityType.ORGANIZATION));
    }

    @Test
    void twoCompaniesJoinedByAnd_areTwoOrganizations() {
        Extraction x = extract("The minister met executives of Orvana Motors and Kestrel Industries on Monday.");
        assertEquals(List.of("Kestrel Industries", "Orvana Motors"),
                names(x, EntityType.ORGANIZATION).stream().sorted().toList());
    }

    @Test
    void keywordBeforeATitledName_makesNoOrganizationOfThePerson() {
        Extraction x = extract("The Bank Governor Ana Ruiz said the decision was premature.");
        assertTrue(names(x, EntityType.ORGANIZATION).stream().noneMatch(n -> n.contains("Ruiz")),
                names(x, EntityType.ORGANIZATION).toString());
    }
}
