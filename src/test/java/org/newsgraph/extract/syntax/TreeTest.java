package org.newsgraph.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.ParseFilter;

class TreeTest {
    private static Tree parse(String text) {
        Sentence s = NlpModels.load().newAnnotator(ParseFilter.ALL).annotate(Article.of("t", text)).sentences().get(0);
        return Tree.of(s);
    }

    private static int index(Tree t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no " + word);
    }

    private static List<String> words(Tree t, List<Integer> indices) {
        return indices.stream().map(i -> t.token(i).text()).toList();
    }

    @Test
    void subjectAndWithObject_acrossAnAdverbAndAPlace() {
        Tree t = parse("The Kenyan president met yesterday in Nairobi with the Brazilian envoy.");
        int met = index(t, "met");
        assertEquals("president", t.token(t.subject(met).orElseThrow()).text());
        assertEquals(List.of("envoy"), words(t, t.prepositionObjects(met, Set.of("with"))));
        assertEquals(List.of("Nairobi"), words(t, t.prepositionObjects(met, Set.of("in"))));
    }

    @Test
    void conjuncts_ofAListOfObjects_areEachItem() {
        Tree t = parse("Ottawa sanctioned Mark Reed, Lucy Hale and Omar Kassem on Monday.");
        int first = t.child(index(t, "sanctioned"), "dobj").orElseThrow();
        assertEquals(List.of("Reed", "Hale", "Kassem"), words(t, t.conjuncts(first)));
    }

    @Test
    void passiveWithAgent_isPassive_andTheAgentIsTheByObject() {
        Tree t = parse("The shipping firm was sanctioned by the European Union in May.");
        int verb = index(t, "sanctioned");
        assertTrue(t.isPassive(verb));
        assertEquals(List.of("Union"), words(t, t.prepositionObjects(verb, Set.of("by"))));
    }

    @Test
    void negationAndAuxiliaries_areReadOffTheVerb() {
        Tree t = parse("The two ministers will not meet in Lima.");
        int meet = index(t, "meet");
        assertTrue(t.isNegated(meet));
        assertEquals(List.of("will"), t.auxiliaries(meet));
        assertFalse(t.isPassive(meet));
    }

    @Test
    void subtree_ofAnObject_spansItsModifiers() {
        Tree t = parse("Rome hosted the foreign minister of Chile on Tuesday.");
        int minister = index(t, "minister");
        assertEquals(index(t, "the"), t.subtreeStart(minister));
        assertEquals(index(t, "Chile") + 1, t.subtreeEnd(minister));
        assertTrue(t.dominates(index(t, "hosted"), index(t, "Chile")));
    }

    @Test
    void unparsedSentence_answersNone() {
        Sentence s = NlpModels.load().newAnnotator(tokens -> false).annotate(Article.of("t", "Leaders met in Oslo."))
                .sentences().get(0);
        Tree t = Tree.of(s);
        assertFalse(t.isParsed());
        assertEquals(-1, t.root());
        assertTrue(t.subject(1).isEmpty());
    }

    @Test
    void clauseSubject_ofAControlledAndACoordinatedVerb_isTheSubjectAbove() {
        Tree t = parse("The Kenyan president agreed to meet the envoy and thanked the host.");
        int president = index(t, "president");
        assertEquals(president, t.clauseSubject(index(t, "meet")).orElseThrow());
        assertEquals(president, t.clauseSubject(index(t, "thanked")).orElseThrow());
    }
}
