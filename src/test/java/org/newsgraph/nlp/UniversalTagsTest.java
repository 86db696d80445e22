package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UniversalTagsTest {
    private static String tags(String penn, String lemmas) {
        String[] p = penn.split(" ");
        String[] l = lemmas.split(" ");
        return String.join(" ", IntStream.range(0, p.length).mapToObj(i -> UniversalTags.of(p, l, i)).toList());
    }

    @Test
    void of_haveBeforeAVerb_isAnAuxiliary_haveWithAnObject_isAVerb() {
        assertEquals("PRON AUX PART VERB PRON", tags("PRP VBZ RB VBN PRP", "she have not meet he"));
        assertEquals("PRON VERB NOUN", tags("PRP VBZ NNS", "she have talk"));
    }

    @Test
    void of_be_isAlwaysAnAuxiliary() {
        assertEquals("PROPN AUX ADJ", tags("NNP VBZ JJ", "Oman be neutral"));
    }

    @Test
    void of_toBeforeAVerb_isAParticle_toBeforeANoun_aPreposition() {
        assertEquals("VERB PART VERB ADP PROPN", tags("VBD TO VB TO NNP", "agree to fly to Oslo"));
    }

    @Test
    void of_subordinatorOpeningAClause_isSconj_beforeANumber_aPreposition() {
        assertEquals("VERB SCONJ PRON VERB", tags("VBD IN PRP VBD", "say that they meet"));
        assertEquals("ADP NUM", tags("IN CD", "since 2019"));
    }

    @Test
    void of_punctuationAndUnknownTags_arePunct() {
        assertEquals("PUNCT PUNCT PUNCT", tags(", HYPH -LRB-", ", - ("));
    }
}
