package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EventFixture;
import org.newsgraph.model.Quote;

class QuoteFinderTest {
    private static EventFixture fixture;

    @BeforeAll
    static void loadPipeline() {
        fixture = new EventFixture();
    }

    private static List<String> quotes(String text) {
        return fixture.extract(text).quotes().stream().map(QuoteFinderTest::line).toList();
    }

    private static String line(Quote q) {
        return q.speaker().name() + "|" + q.text() + "|" + EventFixture.names(q.about()) + "|"
                + q.evidence().rule();
    }

    @Test
    void find_namedSpeakerAfterQuote_isAttributed() {
        assertEquals(List.of("Olaf Scholz|We will not give up,||QUOTE_ATTRIBUTED"),
                quotes("\"We will not give up,\" Olaf Scholz said."));
    }

    @Test
    void find_pronounSpeaker_isResolvedToTheLastNamedPerson() {
        assertEquals(List.of("Giorgia Meloni|Italy stands with Ukraine,|Italy+Ukraine|QUOTE_PRONOUN"),
                quotes("Giorgia Meloni arrived in Berlin. \"Italy stands with Ukraine,\" she said."));
    }

    @Test
    void find_speakerBeforeCurlyQuote_isAttributed() {
        assertEquals(List.of("Pedro Sánchez|Spain stands with NATO in these years.|Spain+NATO|QUOTE_ATTRIBUTED"),
                quotes("Pedro Sánchez said: \u201CSpain stands with NATO in these years.\u201D"));
    }

    @Test
    void find_quotationContinuedInNextParagraph_keepsItsSpeaker() {
        List<String> found = quotes("\"We are ready to talk,\" Olaf Scholz said. \"We have always been ready.\n"
                + "\"But nobody should doubt our resolve,\" he added.");
        assertEquals(3, found.size());
        assertEquals(List.of("Olaf Scholz", "Olaf Scholz", "Olaf Scholz"),
                found.stream().map(l -> l.substring(0, l.indexOf('|'))).toList());
    }

    @Test
    void find_scareQuoteWithoutSpeechVerb_isNoQuote() {
        assertEquals(List.of(), quotes("Olaf Scholz called the plan a \"mistake\" on Monday."));
    }
}
