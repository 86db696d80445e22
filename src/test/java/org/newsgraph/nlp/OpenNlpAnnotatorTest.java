package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

class OpenNlpAnnotatorTest {
    private static Annotator annotator;

    @BeforeAll
    static void loadModels() {
        annotator = NlpModels.load().newAnnotator();
    }

    @Test
    void annotate_twoSentences_keepsOffsetsIntoTheText() {
        String text = "Chinese Foreign Minister Wang Yi met his Japanese counterpart in Tokyo. They talked for two hours.";
        Document doc = annotator.annotate(Article.of("a", text));
        assertEquals(2, doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        assertEquals("They talked for two hours.", doc.sentences().get(1).text());
    }

    @Test
    void annotate_headlineWithoutFullStop_isItsOwnSentence() {
        String text = "Leaders Meet In Jakarta\nThe talks ended on Friday.";
        Document doc = annotator.annotate(Article.of("a", text));
        assertEquals("Leaders Meet In Jakarta", doc.sentences().get(0).text());
        assertEquals(1, doc.sentences().get(1).index());
    }

    @Test
    void tokenAnnotator_leavesWordsUntaggedForNlp4j() {
        Document doc = NlpModels.load().newTokenAnnotator().annotate(Article.of("a", "Erdogan hosted the leaders of Finland and Sweden."));
        Token verb = doc.sentences().get(0).tokens().get(1);
        assertEquals("X", verb.pos());
        assertEquals("hosted", verb.lemma());
    }

    @Test
    void annotate_blankText_hasNoSentences() {
        assertEquals(0, annotator.annotate(Article.of("a", " \n\n ")).sentences().size());
    }

    @Test
    void annotate_titleAbbreviation_doesNotEndTheSentence() {
        Document doc = annotator.annotate(Article.of("a", "Sen. Chris Coons, D-Del., spoke with Gen. Mark Milley on Monday."));
        assertEquals(1, doc.sentences().size());
    }

    @Test
    void annotate_stateInitialismBeforeATitle_doesNotEndTheSentence() {
        Document doc = annotator.annotate(Article.of("a",
                "Chilean President Gabriel Boric urged U.S. President Donald Trump to drop the levy."));
        assertEquals(1, doc.sentences().size());
    }

    @Test
    void annotate_rareNameTheTokenizerCuts_isOneToken() {
        Document doc = annotator.annotate(Article.of("a", "Indonesian Foreign Minister Retno Marsudi arrived."));
        assertTrue(doc.sentences().get(0).tokens().stream().anyMatch(t -> t.text().equals("Retno")));
    }

    @Test
    void annotate_wireDateline_isASentenceOfItsOwn() {
        Document doc = annotator.annotate(Article.of("a", "LIMA, Peru (AP) \u2014 The ministers met on Friday."));
        assertEquals("LIMA, Peru (AP)", doc.sentences().get(0).text());
        assertEquals("The ministers met on Friday.", doc.sentences().get(1).text());
    }

    @Test
    void annotate_megabyteRunWithoutSpaces_isOneTokenAndTakesSeconds() {
        String run = "ab.cd,ef;(gh)".repeat(80_000);
        String text = "Talks began. " + run + " Wang Yi met Penny Wong in Canberra.";
        long start = System.nanoTime();

        Document doc = annotator.annotate(Article.of("a", text));

        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 60, "took " + seconds + " s");
        Token whole = doc.sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.text().length() > 1000).findFirst().orElseThrow();
        assertEquals(run, whole.text());
        assertEquals(text.indexOf(run), whole.start());
        assertTrue(doc.sentences().stream().anyMatch(s -> s.text().contains("Wang Yi")));
    }
}
