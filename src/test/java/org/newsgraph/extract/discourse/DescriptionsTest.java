package org.newsgraph.extract.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DiscourseFixture;
import org.newsgraph.extract.DiscourseFixture.Read;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Rule;

/** Delegations, bodies named by their head, the author of a statement, and the state an actor acts for. */
class DescriptionsTest {
    /** The state of the actor named at the word {@code text} of sentence 0. */
    private static String stateOf(Read r, String text) {
        Entity actor = r.ctx().at(0, r.word(0, text)).orElseThrow().entity();
        Evidence evidence = Evidence.of(r.ctx().sentence(0), Rule.COREFERENCE);
        return r.referents().stateOf(actor, evidence).map(Entity::name).orElse("-");
    }

    @Test
    void of_theDelegationAfterWillLead_meansTheLeader() {
        Read r = DiscourseFixture.read("Trade Minister Todd McClay will lead a business delegation to India next "
                + "week. The delegation will meet investors in Mumbai.");
        assertEquals(List.of("Todd McClay"), r.of(1, "delegation"));
    }

    @Test
    void of_theDelegationAfterLedBy_meansTheLeader() {
        Read r = DiscourseFixture.read("A delegation led by Foreign Minister Mauro Vieira will visit Angola on "
                + "Thursday. The delegation will also stop in Namibia.");
        assertEquals(List.of("Mauro Vieira"), r.of(1, "delegation"));
    }

    @Test
    void of_aDelegationNoOneLeads_meansItsCountry() {
        Read r = DiscourseFixture.read("Talks on the border resumed in Lima on Monday. The Chilean delegation "
                + "proposed a joint commission.");
        assertEquals(List.of("Chile"), r.of(1, "delegation"));
    }

    @Test
    void of_theCouncilAfterItsFullName_meansThatBody() {
        Read r = DiscourseFixture.read("The Council of the European Union adopted new restrictive measures today. "
                + "The Council also extended the asset freeze by six months.");
        assertEquals(List.of("Council of the European Union"), r.of(1, "Council"));
    }

    @Test
    void of_treasuryAfterTheDepartment_meansTheDepartment() {
        Read r = DiscourseFixture.read("The U.S. Department of the Treasury sanctioned two shipping firms on "
                + "Tuesday. Treasury said the firms had moved Iranian oil.");
        assertEquals(List.of("U.S. Department of the Treasury"), r.of(1, "Treasury"));
    }

    @Test
    void of_iOutsideQuotation_meansTheAuthorOnTheFirstLine() {
        Read r = DiscourseFixture.read("Penny Wong, Minister for Foreign Affairs\n\nToday I am announcing targeted "
                + "sanctions on two senior officials.");
        int s = r.ctx().words().size() - 1;
        assertEquals(List.of("Penny Wong"), r.of(s, "I"));
    }

    @Test
    void stateOf_departmentOrCouncil_isItsStateOrTheUnion() {
        Read r = DiscourseFixture.read("The U.S. Department of the Treasury and the Council of the European Union "
                + "froze the assets of two banks.");
        assertEquals("United States", stateOf(r, "Treasury"));
        assertEquals("European Union", stateOf(r, "Council"));
    }

    @Test
    void stateOf_personWithNationalTitle_isThatStateAndACityIsNoActor() {
        Read r = DiscourseFixture.read("German Foreign Minister Annalena Baerbock arrived in Ukraine for talks in "
                + "Kyiv on Monday.");
        assertEquals("Germany", stateOf(r, "Baerbock"));
        assertEquals("Ukraine", stateOf(r, "Ukraine"));
        assertEquals("-", stateOf(r, "Kyiv"));
    }
}
