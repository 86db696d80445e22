package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.Rule;

class EvidenceQuadsTest {
    private static final String TEXT = "Ana Ruiz called Ben Holt on Monday.";

    private static Entity person(String name, int start) {
        return new Entity(EntityType.PERSON, name, null, Set.of(),
                List.of(new Evidence(0, start, start + name.length(), name, Rule.NER_PERSON)));
    }

    @Test
    void map_factFoundByTwoRulesInTheSameWords_hasOneEvidenceNodeWithOneRule() {
        Evidence byVerb = new Evidence(0, 0, TEXT.length(), TEXT, Rule.MEETING_VERB);
        Evidence byNoun = new Evidence(0, 0, TEXT.length(), TEXT, Rule.MEETING_NOMINAL);
        Meeting call = new Meeting(List.of(person("Ana Ruiz", 0), person("Ben Holt", 16)), null, MeetingKind.CALL,
                MeetingStatus.HAPPENED, null, null, null, List.of(byVerb, byNoun));
        Extraction x = new Extraction(Article.of("a", TEXT), List.of(person("Ana Ruiz", 0), person("Ben Holt", 16)),
                List.of(), List.of(call), List.of(), List.of());
        ArticleQuads quads = QuadMapper.of("test", "test", Instant.EPOCH).map(x);
        long rules = quads.facts().stream().filter(q -> q.getPredicate().getURI().equals(Vocab.rule.getURI()))
                .filter(q -> q.getObject().getLiteralLexicalForm().startsWith("MEETING_")).count();
        assertEquals(1, rules);
    }
}
