package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageFilterTest {
    private static final LanguageFilter FILTER = LanguageFilter.openNlp();

    private static final String GERMAN = "Die Außenministerin ist am Montag zu Gesprächen mit ihrem französischen"
            + " Amtskollegen nach Paris gereist. Im Mittelpunkt stehen die Beziehungen zwischen beiden Ländern und"
            + " die Lage in der Ukraine. Nach Angaben des Ministeriums soll auch über neue Sanktionen gesprochen"
            + " werden.";
    private static final String FRENCH = "Le ministre des Affaires étrangères a rencontré mardi son homologue"
            + " allemand à Berlin pour discuter des sanctions contre les entreprises qui contournent l'embargo."
            + " Les deux pays veulent présenter une proposition commune avant le prochain sommet européen.";
    private static final String ENGLISH = "The foreign ministers of Austria and Hungary met in Vienna on Tuesday"
            + " and agreed to reopen a corridor for grain shipments along the Danube. Officials said the agreement"
            + " would be signed next month, once both parliaments approve it.";

    private static final String DUTCH = "De minister van Buitenlandse Zaken was dinsdag in Den Haag voor overleg"
            + " met haar Belgische collega. Het gesprek ging over de handel in graan en over de sancties die in"
            + " Brussel worden voorbereid. Volgens het ministerie is een akkoord in de komende weken mogelijk.";

    @Test
    void otherLanguage_ofParagraphsInGermanAndFrench_namesTheLanguage() {
        assertEquals(Optional.of("deu"), FILTER.otherLanguage(GERMAN));
        assertEquals(Optional.of("fra"), FILTER.otherLanguage(FRENCH));
    }

    @Test
    void otherLanguage_ofEnglish_isEmpty_evenFullOfForeignNames() {
        assertEquals(Optional.empty(), FILTER.otherLanguage(ENGLISH));
        assertEquals(Optional.empty(), FILTER.otherLanguage("Lavrov met Wang Yi in Moscow on Tuesday. Xi Jinping,"
                + " Vladimir Putin, Olaf Scholz, Emmanuel Macron and Recep Tayyip Erdogan attended the summit in"
                + " Astana, Kazakhstan, with Shavkat Mirziyoyev."));
    }

    @Test
    void clearlyEnglish_byItsFunctionWords_onlyForEnglishOfSomeLength() {
        assertTrue(OpenNlpLanguageFilter.clearlyEnglish(ENGLISH));
        assertFalse(OpenNlpLanguageFilter.clearlyEnglish(GERMAN));
        assertFalse(OpenNlpLanguageFilter.clearlyEnglish(FRENCH));
        assertFalse(OpenNlpLanguageFilter.clearlyEnglish(DUTCH));
        assertFalse(OpenNlpLanguageFilter.clearlyEnglish("The minister and the envoy met in the capital."));
    }

    @Test
    void otherLanguage_ofDutch_whoseFunctionWordsLookEnglish_isStillAskedOfTheModel() {
        assertEquals(Optional.of("nld"), FILTER.otherLanguage(DUTCH));
    }

    /** The detector's best guess for these is some other language, but too unsure to drop them. */
    @Test
    void otherLanguage_ofShortTexts_isEmpty_whateverTheGuess() {
        OpenNlpLanguageFilter filter = new OpenNlpLanguageFilter();
        String headline = "Putin, Xi meet in Beijing";
        assertTrue(!filter.guess(headline).getLang().equals("eng"), "a guess this rule must overrule");
        assertEquals(Optional.empty(), filter.otherLanguage(headline));
        assertEquals(Optional.empty(), filter.otherLanguage("Scholz trifft Macron"));
    }

    @Test
    void otherLanguage_looksAtTheStartOnly_soALongEnglishArticleWithAForeignQuoteIsEnglish() {
        String article = ENGLISH.repeat(6) + " " + GERMAN.repeat(10);

        assertEquals(Optional.empty(), FILTER.otherLanguage(article));
        assertEquals(Optional.of("deu"), FILTER.otherLanguage(GERMAN.repeat(3) + ENGLISH.repeat(10)));
    }
}
