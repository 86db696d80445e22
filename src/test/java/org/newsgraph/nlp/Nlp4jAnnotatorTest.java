package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

class Nlp4jAnnotatorTest {
    private static Sentence first(Annotator annotator, String text) {
        return annotator.annotate(Article.of("a", text)).sentences().get(0);
    }

    @Test
    void hyphenatedKoreanName_isThreeTokensOfOnePerson_withOffsetsIntoTheText() {
        String text = "President Moon Jae-in arrived in Seoul on Friday.";
        Sentence s = first(NlpModels.load().newAnnotator(), text);
        List<String> words = s.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("President", "Moon", "Jae", "-", "in", "arrived"), words.subList(0, 6));
        for (Token t : s.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals("B-PERSON", s.tokens().get(1).entity());
        assertEquals("L-PERSON", s.tokens().get(4).entity());
        assertEquals("NNP", s.tokens().get(1).tag());
    }

    @Test
    void possessive_isAToken_andTheCountryBeforeItAPlace() {
        Sentence s = first(NlpModels.load().newAnnotator(), "Brazil's foreign minister flew to Lima.");
        assertEquals("Brazil", s.tokens().get(0).text());
        assertEquals("'s", s.tokens().get(1).text());
        assertEquals("U-GPE", s.tokens().get(0).entity());
        assertEquals("case", s.tokens().get(1).relation());
    }

    @Test
    void parse_givesEveryTokenAnArc_andOneRoot() {
        Sentence s = first(NlpModels.load().newAnnotator(), "The envoy met the king in Amman.");
        assertTrue(s.isParsed());
        assertEquals(1, s.tokens().stream().filter(t -> t.relation().equals("root")).count());
        assertEquals("met", s.tokens().stream().filter(t -> t.head() == -1).findFirst().orElseThrow().text());
    }

    @Test
    void filter_saysWhichSentencesAreParsed_butEveryOneIsTagged() {
        Annotator onlyVisits = NlpModels.load().newAnnotator(
                tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("visit")));
        Document d = onlyVisits.annotate(Article.of("a", "Markets fell in Tokyo. The minister will visit Paris."));
        assertFalse(d.sentences().get(0).isParsed());
        assertTrue(d.sentences().get(1).isParsed());
        assertEquals("U-GPE", d.sentences().get(0).tokens().get(3).entity());
    }

    @Test
    void overlongSentence_isTaggedButNotParsed() {
        String list = "Paris, ".repeat(Nlp4jTagger.LONGEST_PARSED_SENTENCE) + "and Rome.";
        Sentence s = first(NlpModels.load().newAnnotator(), list);
        assertFalse(s.isParsed());
        assertEquals("U-GPE", s.tokens().get(0).entity());
    }

    @Test
    void tags_universalPartsOfSpeechAndLemmasFromNlp4j() {
        Sentence s = first(NlpModels.load().newAnnotator(), "Erdogan has hosted the leaders of Finland and Sweden.");
        List<String> pos = s.tokens().stream().map(Token::pos).toList();
        assertEquals(List.of("PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"), pos);
        assertEquals("host", s.tokens().get(2).lemma());
        assertEquals("leader", s.tokens().get(4).lemma());
        assertEquals("Erdogan", s.tokens().get(0).lemma());
    }

    @Test
    void models_loadOncePerProcess() {
        assertTrue(NlpModels.load() == NlpModels.load());
    }
}
