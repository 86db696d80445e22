package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The actor network: the people, countries and organizations that take part in a drawn event (every one when
 * isolated actors are asked for), a pair of opposite "met" edges between each two participants of a meeting, and one
 * "sanctioned" edge from each imposer to each target of a measure.
 */
final class ActorNetwork {
    static final List<Attribute> NODE_ATTRIBUTES = List.of(Attribute.string("type"), Attribute.string("wikidata"),
            Attribute.string("iri"));
    static final List<Attribute> EDGE_ATTRIBUTES = List.of(Attribute.string("interaction"),
            Attribute.integer("weight"), Attribute.string("first"), Attribute.string("last"),
            Attribute.integer("articles"), Attribute.list("measures"), Attribute.list("statuses"),
            Attribute.list("dates"));

    private ActorNetwork() {
    }

    static Network build(Facts facts, ExportRequest request) {
        Map<String, Tie> ties = ties(facts, request);
        Set<String> tied = new HashSet<>();
        ties.values().forEach(t -> tied.addAll(t.ends()));
        List<Network.Node> nodes = facts.entities().values().stream()
                .filter(e -> e.isActor() && (request.isolated() || tied.contains(e.iri())))
                .map(ActorNetwork::node).toList();
        return new Network("newsgraph actors", NODE_ATTRIBUTES, EDGE_ATTRIBUTES, nodes, edges(ties.values()));
    }

    private static Map<String, Tie> ties(Facts facts, ExportRequest request) {
        Map<String, Tie> ties = new TreeMap<>();
        for (Facts.Event e : facts.events().values()) {
            if (kept(e, request)) {
                if (e.meeting()) {
                    addMeeting(facts, e, ties);
                } else {
                    addMeasure(facts, e, ties);
                }
            }
        }
        return ties;
    }

    /** One edge per directed tie, two (one each way) per symmetric one. */
    private static List<Network.Edge> edges(Collection<Tie> ties) {
        List<Network.Edge> edges = new ArrayList<>();
        for (Tie t : ties) {
            edges.add(t.edge("e" + edges.size(), false));
            if (t.symmetric()) {
                edges.add(t.edge("e" + edges.size(), true));
            }
        }
        return edges;
    }

    /** Whether an event passes the date range: without a range every event, with one only dated events in it. */
    static boolean kept(Facts.Event e, ExportRequest request) {
        if (!request.filtersDates()) {
            return true;
        }
        Period p = e.period();
        return p != null && p.overlaps(request.from(), request.to());
    }

    static Network.Node node(Facts.Entity e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", e.type());
        if (e.wikidata() != null) {
            values.put("wikidata", e.wikidata());
        }
        values.put("iri", e.iri());
        String id = NodeIds.of(e.iri());
        return new Network.Node(id, e.name() == null ? id : e.name(), values, null);
    }

    private static void addMeeting(Facts facts, Facts.Event e, Map<String, Tie> ties) {
        List<String> people = e.filling("participant").stream().filter(p -> facts.actor(p) != null).toList();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                String a = people.get(i);
                String b = people.get(j);
                ties.computeIfAbsent("met " + a + " " + b, k -> new Tie(a, b, "met")).add(e);
            }
        }
    }

    private static void addMeasure(Facts facts, Facts.Event e, Map<String, Tie> ties) {
        for (String imposer : e.filling("imposer")) {
            for (String target : e.filling("target")) {
                if (!imposer.equals(target) && facts.actor(imposer) != null && facts.actor(target) != null) {
                    ties.computeIfAbsent("sanctioned " + imposer + " " + target,
                            k -> new Tie(imposer, target, "sanctioned")).add(e);
                }
            }
        }
    }
}
