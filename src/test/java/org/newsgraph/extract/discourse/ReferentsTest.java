package org.newsgraph.extract.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DiscourseFixture;
import org.newsgraph.extract.DiscourseFixture.Read;
import org.newsgraph.model.Article;

class ReferentsTest {
    private static Read read(String text, String url, String source) {
        Article a = DiscourseFixture.article(text);
        a = url == null ? a : a.withUrl(url);
        return DiscourseFixture.read(source == null ? a : a.withSource(source));
    }

    @Test
    void of_theyAfterSpokeWith_meansTheSubjectAndThePartner() {
        Read r = DiscourseFixture.read("Prime Minister Mark Carney spoke with the President of Kenya, William Ruto, "
                + "on Tuesday. They discussed trade and climate finance.");
        assertEquals(List.of("Mark Carney", "William Ruto"), r.of(1, "They"));
    }

    @Test
    void of_theLeadersAfterUnnamedPrimeMinister_meansPublisherStateAndTheStatesSpokenTo() {
        Read r = read("The Prime Minister spoke to leaders of Spain, Poland and Sweden last night.\n\n"
                + "The leaders discussed the fighting in Sudan.\n\n"
                + "They also weighed penalties should the army refuse a truce.",
                "https://www.gov.uk/government/news/pm-call-with-european-leaders", null);
        List<String> all = List.of("United Kingdom", "Spain", "Poland", "Sweden");
        assertEquals(all, r.of(1, "leaders"));
        assertEquals(all, r.of(2, "They"));
    }

    @Test
    void of_bothSides_meansTheStatesOfTheSides() {
        Read r = DiscourseFixture.read("German Foreign Minister Annalena Baerbock met with Indian Foreign Minister "
                + "Subrahmanyam Jaishankar in New Delhi on Monday. Both sides agreed to expand defence cooperation.");
        assertEquals(List.of("Germany", "India"), r.of(1, "sides"));
        assertEquals(List.of("Germany", "India"), r.of(1, "Both"));
    }

    @Test
    void of_theTwoLeadersAfterWelcome_meansHostAndGuest() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz welcomed President Emmanuel Macron to Berlin today. "
                + "The two leaders looked forward to meeting again in Brussels.");
        assertEquals(List.of("Olaf Scholz", "Emmanuel Macron"), r.of(1, "leaders"));
    }

    @Test
    void of_theyAfterSentenceAboutSanctions_isNoOne() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday. "
                + "The European Union announced new sanctions on Belarusian banks. They also target two airlines.");
        assertEquals(List.of(), r.of(2, "They"));
    }

    @Test
    void of_ourGovernmentsAfterJointSubject_meansTheStatesOfTheStatement() {
        Read r = DiscourseFixture.read("Japan, South Korea and Australia issued a joint statement on Friday. "
                + "Our governments will coordinate export controls on advanced chips.");
        assertEquals(List.of("Japan", "South Korea", "Australia"), r.of(1, "governments"));
        assertEquals(List.of("Japan", "South Korea", "Australia"), r.of(1, "Our"));
    }

    @Test
    void of_weOutsideQuotation_meansThePublisherState() {
        Read r = read("Today we are imposing sanctions on three senior officials of the junta.", null,
                "Government of Canada news release (via Example Wire)");
        assertEquals(List.of("Canada"), r.of(0, "we"));
    }

    @Test
    void of_weInNewspaperArticle_isNoOne() {
        Read r = read("Today we are imposing sanctions on three senior officials of the junta.",
                "https://www.example.co.uk/world/sanctions", "Example Daily");
        assertEquals(List.of(), r.of(0, "we"));
    }

    @Test
    void of_ourInsideQuotation_meansTheSpeaker() {
        Read r = DiscourseFixture.read("\u201COur talks in Suva today were warm and open,\u201D Foreign Minister "
                + "Penny Wong said.");
        assertEquals(List.of("Penny Wong"), r.of(0, "Our"));
    }

    @Test
    void of_bareTitleOfNamedHolder_meansThatPerson() {
        Read r = DiscourseFixture.read("Foreign Secretary David Lammy will travel to Nigeria next week. "
                + "While in Abuja, the Foreign Secretary will meet President Bola Tinubu.");
        assertEquals(List.of("David Lammy"), r.of(1, "Secretary"));
    }

    @Test
    void of_bareTitleNoOneHolds_meansThePublisherState() {
        Read r = read("The Prime Minister welcomed President Javier Milei to Downing Street today.",
                "https://www.gov.uk/government/news/pm-meets-argentine-president", null);
        assertEquals(List.of("United Kingdom"), r.of(0, "Minister"));
        assertEquals(List.of("United Kingdom"), r.of(0, "Prime"));
    }

    @Test
    void of_bareTitleOfCountry_meansThatCountry() {
        Read r = DiscourseFixture.read("The Prime Minister of Norway spoke with the President of Finland today.");
        assertEquals(List.of("Norway"), r.of(0, "Minister"));
    }

    @Test
    void of_bareTitleInNewspaper_isNoOne() {
        Read r = DiscourseFixture.read("The Prime Minister will visit the flooded towns tomorrow.");
        assertEquals(List.of(), r.of(0, "Minister"));
    }

    @Test
    void of_heAfterSubjectAndObject_meansThePreviousSubject() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz welcomed President Emmanuel Macron to Berlin today. "
                + "He praised the partnership between the two countries.");
        assertEquals(List.of("Olaf Scholz"), r.of(1, "He"));
    }

    @Test
    void of_objectPronoun_neverMeansItsOwnSubject() {
        Read r = DiscourseFixture.read("Prime Minister Keir Starmer called Chancellor Friedrich Merz and thanked him "
                + "for his support.");
        assertEquals(List.of("Friedrich Merz"), r.of(0, "him"));
    }

    @Test
    void of_aName_isNoReferent() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday.");
        assertEquals(List.of(), r.of(0, "Macron"));
    }

    @Test
    void of_groupBesideItsCounterpart_leavesTheCounterpartOut() {
        Read r = DiscourseFixture.read("Foreign Minister Penny Wong met with Foreign Minister Winston Peters and "
                + "Foreign Minister Vivian Balakrishnan in Canberra on Monday. Ms Wong thanked the two ministers "
                + "for their support.");
        assertEquals(List.of("Winston Peters", "Vivian Balakrishnan"), r.of(1, "ministers"));
    }

    @Test
    void of_twoLeadersAfterMeetingOfThree_isNoOne() {
        Read r = DiscourseFixture.read("Foreign Minister Penny Wong met with Foreign Minister Winston Peters and "
                + "Foreign Minister Vivian Balakrishnan in Canberra on Monday. The two leaders discussed trade.");
        assertEquals(List.of(), r.of(1, "leaders"));
    }

    @Test
    void of_theirInsideRelativeClause_isNoOne() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday. "
                + "A smuggling network that hid their profits in shell companies was sanctioned.");
        assertEquals(List.of(), r.of(1, "their"));
    }

    @Test
    void of_bothSidesWithPublishersOwnOfficial_givesThePublisherState() {
        Read r = read("National Security Adviser Jonathan Powell met with Indian National Security Adviser Ajit "
                + "Doval in London on Tuesday. Both sides agreed to deepen cooperation on maritime security.",
                "https://www.gov.uk/government/news/nsa-meeting", null);
        assertEquals(List.of("United Kingdom", "India"), r.of(1, "sides"));
    }

    @Test
    void of_heAfterUnnamedOfficeHolder_meansThePublisherState() {
        Read r = read("The Prime Minister spoke to President Javier Milei on Tuesday. He said he looked forward to "
                + "visiting Buenos Aires.", "https://www.gov.uk/government/news/pm-call", null);
        assertEquals(List.of("United Kingdom"), r.of(1, "He"));
    }

    @Test
    void of_upperCaseCountryCode_isNoPronoun() {
        Read r = read("The UK and US took joint action against the network today.",
                "https://www.gov.uk/government/news/joint-action", null);
        assertEquals(List.of(), r.of(0, "US"));
    }

    @Test
    void of_theirAfterGroupInItsClause_meansThatGroup() {
        Read r = DiscourseFixture.read("Foreign Minister Penny Wong met with Foreign Minister Winston Peters and "
                + "Foreign Minister Vivian Balakrishnan in Canberra on Monday. Ms Wong congratulated the two "
                + "ministers on their new trade pact.");
        assertEquals(List.of("Winston Peters", "Vivian Balakrishnan"), r.of(1, "their"));
    }

    @Test
    void of_possessiveAfterNamedPerson_meansThatPerson() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz praised President Emmanuel Macron's plan and "
                + "welcomed his proposals on defence.");
        assertEquals(List.of("Emmanuel Macron"), r.of(0, "his"));
    }

    @Test
    void of_theirAfterCoordinatedSubjectOfItsClause_meansThoseActors() {
        Read r = DiscourseFixture.read("Prime Minister Mark Carney met President Claudia Sheinbaum on Monday. "
                + "Sheinbaum said Japan and the European Union should lift their duties on Mexican steel.");
        assertEquals(List.of("Japan", "European Union"), r.of(1, "their"));
    }

    @Test
    void of_twoLeadersBothNamedInTheirSentence_meansThoseTwo() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz hosted Prime Minister Keir Starmer in Berlin on "
                + "Monday. President Emmanuel Macron said he would present the plan to Prime Minister Mark Carney "
                + "when the two leaders meet next month.");
        assertEquals(List.of("Emmanuel Macron", "Mark Carney"), r.of(1, "leaders"));
    }

    @Test
    void of_objectThemAfterCoordinatedSubject_neverMeansThatSubject() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz and President Emmanuel Macron praised the courage of "
                + "the Moldovan border guards and pledged to support them.");
        assertEquals(List.of(), r.of(0, "them"));
    }

    @Test
    void of_theyAfterTitlesStackedBeforeOneName_meansThePeopleOnly() {
        Read r = DiscourseFixture.read("Chancellor Olaf Scholz met with Party Presidium Member, Head of the "
                + "International Liaison Bureau, and Commerce Minister Wang Wentao in Beijing on Monday. They "
                + "talked about tariffs on cars.");
        assertEquals(List.of("Olaf Scholz", "Wang Wentao"), r.of(1, "They"));
    }
}
