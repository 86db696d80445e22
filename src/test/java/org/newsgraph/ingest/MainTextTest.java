package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {
    private static String mainText(String html) {
        return MainText.of(Jsoup.parse(html));
    }

    private static void assertKeeps(String text, List<String> story) {
        for (String sentence : story) {
            assertTrue(text.contains(sentence), () -> "lost \"" + sentence + "\" from:\n" + text);
        }
        assertFalse(text.contains("FURNITURE"), () -> "furniture left in:\n" + text);
    }

    @Test
    void articlePage_keepsHeadlineBylineAndParagraphs_dropsBannerMenuCaptionRelatedAndFooter() {
        String text = mainText(NewsPages.SUMMIT);

        assertEquals("""
                Leaders agree on a grain corridor after talks in Vienna

                By Marta Quell, Vienna

                The foreign ministers of Austria and Hungary met in Vienna on Tuesday and agreed to reopen a \
                corridor for grain shipments along the Danube.

                Officials said the agreement would be signed next month, once both parliaments approve it.

                The talks had stalled for almost a year over inspection fees charged at the border.""", text);
    }

    @Test
    void divSoupPage_findsTheStoryByItsParagraphs_dropsSidebarMostReadNewsletterAndFooter() {
        String text = mainText(NewsPages.SANCTIONS);

        assertKeeps(text, List.of("Canada announces new export controls on drone parts",
                "Canada announced export controls on drone engines and navigation parts on Friday",
                "would take effect in thirty days", "Exporters will need a permit for each shipment"));
        assertTrue(text.startsWith("Canada announces"), text);
    }

    @Test
    void mainPage_dropsShareButtonsAdvertAndCaptionParagraph() {
        String text = mainText(NewsPages.TALKS);

        assertEquals("""
                Ceasefire talks resume in Doha

                Negotiators returned to Doha on Sunday for a new round of ceasefire talks, two diplomats said.

                The mediators hope to settle the remaining questions about prisoner exchanges this week.""", text);
    }

    @Test
    void headlineOutsideTheStoryContainer_isKept_commentsAndTagsAreNot() {
        String text = mainText(NewsPages.TARIFFS);

        assertKeeps(text, List.of("Ottawa raises tariffs on imported steel",
                "raised tariffs on imported steel to 25 percent on Thursday",
                "importers warned that construction costs would rise", "The new rates apply from the first"));
        assertTrue(text.startsWith("Ottawa raises tariffs"), text);
    }

    @Test
    void linkInsideProse_staysWhileALineThatIsOnlyALinkGoes() {
        String text = mainText("""
                <html><body><article>
                <p>The minister told <a href="/p">parliament</a> on Monday that the embassy would reopen in May.</p>
                <p><a href="/more">Read more: embassy closures across the region FURNITURE</a></p>
                </article></body></html>""");

        assertEquals("The minister told parliament on Monday that the embassy would reopen in May.", text);
    }

    @Test
    void furnitureWords_matchWholeWordsOfClassAndIdOnly() {
        String text = mainText("""
                <html><body><article>
                <div class="story-shared-content"><p>Kept because "shared" is not the word "share".</p></div>
                <div class="cookieNotice"><p>Accept our FURNITURE cookies.</p></div>
                <div id="related_stories"><p>Other FURNITURE stories.</p></div>
                <div class="ad-slot"><p>Buy FURNITURE now.</p></div>
                <div class="headline"><p>Kept because "headline" merely contains "ad".</p></div>
                </article></body></html>""");

        assertEquals("Kept because \"shared\" is not the word \"share\".\n\n"
                + "Kept because \"headline\" merely contains \"ad\".", text);
    }

    @Test
    void pageWithoutProseParagraphs_fallsBackToTheBody() {
        String text = mainText("<html><body><nav>Menu FURNITURE</nav><div>Short note.</div>"
                + "<div>Another line.</div></body></html>");

        assertEquals("Short note.\n\nAnother line.", text);
    }
}
