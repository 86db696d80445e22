package org.newsgraph.extract.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Article;

class PublisherStateTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static String byUrl(String url) {
        return name(PublisherState.of(Article.of("t", "x").withUrl(url), KB));
    }

    private static String bySource(String source) {
        return name(PublisherState.of(Article.of("t", "x").withSource(source), KB));
    }

    private static String name(Optional<KbEntry> e) {
        return e.map(KbEntry::name).orElse("-");
    }

    @Test
    void of_governmentLabelBeforeCountryCode_isThatCountry() {
        assertEquals("United Kingdom", byUrl("https://www.gov.uk/government/news/pm-call-with-chancellor"));
        assertEquals("New Zealand", byUrl("https://www.beehive.govt.nz/release/new-envoy-named"));
        assertEquals("France", byUrl("https://www.diplomatie.gouv.fr/en/french-foreign-policy/"));
        assertEquals("Japan", byUrl("https://www.mofa.go.jp/press/release/index.html"));
        assertEquals("Mexico", byUrl("https://www.gob.mx/sre/prensa/comunicado-12"));
        assertEquals("Russia", byUrl("http://en.kremlin.ru/events/president/news/70001"));
    }

    @Test
    void of_federalAndUnionDomains_areUnitedStatesAndEuropeanUnion() {
        assertEquals("United States", byUrl("https://home.treasury.gov/news/press-releases/jy0001"));
        assertEquals("United States", byUrl("https://www.defense.mil/News/Releases/"));
        assertEquals("European Union", byUrl("https://ec.europa.eu/commission/presscorner/detail/en/ip_24_1"));
        assertEquals("Canada", byUrl("https://www.canada.ca/en/global-affairs/news/2024/05/statement.html"));
    }

    @Test
    void of_newspaperOnCountryCode_isNoGovernment() {
        assertEquals("-", byUrl("https://www.example.co.uk/world/2024/mar/15/summit"));
        assertEquals("-", byUrl("https://www.abc.net.au/news/2024-03-15/envoy"));
        assertEquals("-", byUrl("not a web address"));
    }

    @Test
    void of_sourceNamingGovernment_isThatState() {
        assertEquals("Canada", bySource("Government of Canada"));
        assertEquals("Canada", bySource("Prime Minister of Canada readout (via Example Wire)"));
        assertEquals("Australia", bySource("Australian Government media release"));
        assertEquals("United States", bySource("White House statement (mirrored on example.com)"));
        assertEquals("United Kingdom", bySource("GOV.UK news story, Home Office (republished by Example Daily)"));
        assertEquals("India", bySource("Embassy of India in Japan"));
    }

    @Test
    void of_unionInstitution_isEuropeanUnion() {
        assertEquals("European Union", bySource("European Commission daily news (mirrored on example.org)"));
        assertEquals("European Union", bySource("Council of the European Union press release"));
    }

    @Test
    void of_newsPublisher_isNoGovernmentEvenWhenItsMirrorPartNamesOne() {
        assertEquals("-", bySource("Voice of America (State Department bureau story; via example.com)"));
        assertEquals("-", bySource("The Irish Times"));
        assertEquals("-", bySource("Example Post, a Canadian newspaper"));
    }

    @Test
    void of_mirrorAddressWithGovernmentSource_readsTheSource() {
        Article a = Article.of("t", "x").withUrl("https://mirror.example.com/2024/03/statement")
                .withSource("Federal Foreign Office of Germany (mirrored on example.com)");
        assertEquals("Germany", name(PublisherState.of(a, KB)));
    }
}
