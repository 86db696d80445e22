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

/** Organization names the knowledge base does not know: legal forms, lists, and what the sentence calls them. */
class OrganizationNamesTest {
    @Test
    void find_legalFormAfterAComma_belongsToTheName() {
        Extraction x = extract("The list also names the entity Marlow Logistics, LLC, which moved the parts.");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("Marlow Logistics, LLC"),
                names(x, EntityType.ORGANIZATION).toString());
    }

    @Test
    void find_upperCaseLegalFormAfterAbbreviatedOne_endsTheName() {
        Extraction x = extract("Investigators traced the payments to Kestrel Mining Co., LTD last year.");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("Kestrel Mining Co., LTD"),
                names(x, EntityType.ORGANIZATION).toString());
    }

    @Test
    void find_nameThatAnAppositionCallsACompany_isAnOrganization() {
        Extraction x = extract("Regulators fined Velbrook, a Cypriot shipping company, on Monday.");
        assertEquals(List.of("Velbrook"), names(x, EntityType.ORGANIZATION));
        assertTrue(names(x, EntityType.PERSON).isEmpty(), names(x, EntityType.PERSON).toString());
    }

    @Test
    void find_basedCompanies_andTheOnesListedWithThem_areOrganizations() {
        Extraction x = extract("Treasury also designated Dubai-based Zenith Star Trading, Orchid Bay Resort, and "
                + "Golden Lotus Hotel for laundering the proceeds.");
        List<String> orgs = names(x, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Zenith Star Trading", "Orchid Bay Resort")), orgs.toString());
    }

    @Test
    void find_capitalizedPartsJoinedByCommasBeforeAHeadWord_areOneName() {
        Extraction x = extract("The Science, Innovation and Technology Committee questioned the minister on Tuesday.");
        assertEquals(List.of("Science, Innovation and Technology Committee"), names(x, EntityType.ORGANIZATION));
    }

    @Test
    void find_titleWordBeforeAHeadWord_opensAnOrganization() {
        Extraction x = extract("The General Directorate of Customs seized the cargo at the port.");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("General Directorate of Customs"),
                names(x, EntityType.ORGANIZATION).toString());
    }

    @Test
    void find_cityBeforeAnOrganizationsHeadWord_opensItsName() {
        Extraction x = extract("The Nairobi City Council approved the budget on Thursday.");
        assertTrue(names(x, EntityType.ORGANIZATION).contains("Nairobi City Council"),
                names(x, EntityType.ORGANIZATION).toString());
    }

    @Test
    void find_shortAliasOpeningALongerName_isAnotherOrganizationNotLinked() {
        Extraction x = extract("The New York Times Foundation funded the school programme last year.");
        assertTrue(entity(x, "New York Times Foundation").isPresent(), names(x, EntityType.ORGANIZATION).toString());
        assertFalse(x.entities().stream().anyMatch(e -> "Q9684".equals(e.wikidata())));
    }

    @Test
    void find_listOfBodiesWithoutAComma_isTwoNames() {
        Extraction x = extract("The Senate and Audit Commission reviewed the accounts on Monday.");
        assertFalse(names(x, EntityType.ORGANIZATION).contains("Senate and Audit Commission"),
                names(x, EntityType.ORGANIZATION).toString());
    }

    @Test
    void find_coChairTitle_isNoCompanyWithALegalForm() {
        Extraction x = extract("She served as Co-Chair of the panel for two years, officials said.");
        assertTrue(names(x, EntityType.ORGANIZATION).isEmpty(), names(x, EntityType.ORGANIZATION).toString());
    }

    @Test
    void find_headWordsAndLegalFormAlone_nameNoCompany() {
        Extraction x = extract("Group Co., LTD was listed in the annex on Tuesday.");
        assertFalse(names(x, EntityType.ORGANIZATION).contains("Group Co., LTD"),
                names(x, EntityType.ORGANIZATION).toString());
    }
}
