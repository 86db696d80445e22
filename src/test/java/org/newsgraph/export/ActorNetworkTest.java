package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ActorNetworkTest {
    private static final String ID = NodeIds.ID_NAMESPACE;

    @Test
    void build_meeting_isTwoOppositeMetEdgesWithTheSameValues() {
        Network n = ActorNetwork.build(facts(meeting("m1", "2025-02-03", "a", "b")), request(false));
        assertEquals(List.of("a>b met", "b>a met"), ends(n));
        assertEquals(n.edges().get(0).values(), n.edges().get(1).values());
        assertTrue(n.edges().stream().allMatch(Network.Edge::symmetric));
    }

    @Test
    void build_measure_isOneSanctionedEdgeFromImposerToTarget() {
        Network n = ActorNetwork.build(facts(measure("s1", "b", "a")), request(false));
        assertEquals(List.of("b>a sanctioned"), ends(n));
        assertTrue(n.edges().stream().noneMatch(Network.Edge::symmetric));
    }

    @Test
    void build_actorInNoEvent_isWrittenOnlyWhenIsolatedActorsAreAsked() {
        Facts facts = facts(meeting("m1", null, "a", "b"));
        assertEquals(List.of("a", "b"), ids(ActorNetwork.build(facts, request(false))));
        assertEquals(List.of("a", "b", "c"), ids(ActorNetwork.build(facts, request(true))));
    }

    @Test
    void build_twoMeetingsOfAPair_weighTwoOnBothEdgesWithFirstAndLastDate() {
        Network n = ActorNetwork.build(facts(meeting("m1", "2025-02-03", "a", "b"),
                meeting("m2", "2025-08", "a", "b")), request(false));
        for (Network.Edge e : n.edges()) {
            assertEquals(2, e.weight());
            assertEquals("2025-02-03", e.values().get("first"));
            assertEquals("2025-08", e.values().get("last"));
        }
    }

    private static ExportRequest request(boolean isolated) {
        return new ExportRequest(ExportFormat.GEXF, GraphView.ACTORS, null, null, isolated);
    }

    /** Three people a, b and c, and the given events. */
    private static Facts facts(Facts.Event... events) {
        SortedMap<String, Facts.Entity> entities = new TreeMap<>();
        for (String key : List.of("a", "b", "c")) {
            entities.put(ID + key, new Facts.Entity(ID + key, "person", key.toUpperCase(), null));
        }
        SortedMap<String, Facts.Event> byIri = new TreeMap<>();
        for (Facts.Event e : events) {
            byIri.put(e.iri(), e);
        }
        return new Facts(entities, byIri);
    }

    private static Facts.Event meeting(String key, String date, String... participants) {
        return new Facts.Event(ID + key, true, words("call"), words("happened"), date, words("g-" + key),
                Map.of("participant", iris(participants)));
    }

    private static Facts.Event measure(String key, String imposer, String target) {
        return new Facts.Event(ID + key, false, words("tariffs"), words("imposed"), null, words("g-" + key),
                Map.of("imposer", iris(imposer), "target", iris(target)));
    }

    private static SortedSet<String> iris(String... keys) {
        SortedSet<String> iris = new TreeSet<>();
        for (String k : keys) {
            iris.add(ID + k);
        }
        return iris;
    }

    private static SortedSet<String> words(String... words) {
        return new TreeSet<>(List.of(words));
    }

    private static List<String> ends(Network n) {
        return n.edges().stream().map(e -> e.source() + ">" + e.target() + " " + e.interaction()).toList();
    }

    private static List<String> ids(Network n) {
        return n.nodes().stream().map(Network.Node::id).toList();
    }
}
