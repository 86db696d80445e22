package org.newsgraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The event view: actors, meetings and measures (and the places of meetings) as nodes, with participant, imposer,
 * target and location edges, so a meeting of three stays one meeting instead of three pairs. Actors enter with
 * their first event, or all of them up front when isolated actors are asked for.
 */
final class EventNetwork {
    static final List<Attribute> NODE_ATTRIBUTES = List.of(Attribute.string("kind"), Attribute.string("type"),
            Attribute.string("wikidata"), Attribute.string("iri"), Attribute.string("date"),
            Attribute.list("category"), Attribute.list("status"), Attribute.integer("articles"));
    static final List<Attribute> EDGE_ATTRIBUTES = List.of(Attribute.string("interaction"));

    private final Facts facts;
    private final Map<String, Network.Node> nodes = new TreeMap<>();
    private final List<Network.Edge> edges = new ArrayList<>();

    private EventNetwork(Facts facts) {
        this.facts = facts;
    }

    static Network build(Facts facts, ExportRequest request) {
        EventNetwork n = new EventNetwork(facts);
        if (request.isolated()) {
            facts.entities().values().stream().filter(Facts.Entity::isActor).forEach(n::addEntity);
        }
        facts.events().values().stream().filter(e -> ActorNetwork.kept(e, request)).forEach(n::addEvent);
        return new Network("newsgraph events", NODE_ATTRIBUTES, EDGE_ATTRIBUTES, List.copyOf(n.nodes.values()),
                n.edges);
    }

    private void addEntity(Facts.Entity e) {
        Network.Node actor = ActorNetwork.node(e);
        actor.values().put("kind", e.isActor() ? "actor" : "place");
        nodes.put(e.iri(), actor);
    }

    private void addEvent(Facts.Event e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", e.meeting() ? "meeting" : "measure");
        values.put("type", e.meeting() ? "meeting" : "measure");
        values.put("iri", e.iri());
        if (e.date() != null) {
            values.put("date", e.date());
        }
        Tie.putList(values, "category", e.categories());
        Tie.putList(values, "status", e.statuses());
        values.put("articles", e.graphs().size());
        nodes.put(e.iri(), new Network.Node(NodeIds.of(e.iri()), label(e), values, e.period()));
        if (e.meeting()) {
            e.filling("participant").forEach(p -> link(p, e.iri(), "participant", true));
            e.filling("location").forEach(p -> link(e.iri(), p, "location", false));
        } else {
            e.filling("imposer").forEach(p -> link(p, e.iri(), "imposer", true));
            e.filling("target").forEach(p -> link(e.iri(), p, "target", true));
        }
    }

    /** An edge to or from an entity; actors must be actors, a location may be any described place. */
    private void link(String source, String target, String interaction, boolean actorOnly) {
        String entity = interaction.equals("target") || interaction.equals("location") ? target : source;
        Facts.Entity e = actorOnly ? facts.actor(entity) : facts.entities().get(entity);
        if (e == null) {
            return;
        }
        if (!nodes.containsKey(entity)) {
            addEntity(e);
        }
        edges.add(new Network.Edge("e" + edges.size(), NodeIds.of(source), NodeIds.of(target), interaction, false, 1,
                new LinkedHashMap<>(Map.of("interaction", interaction)), null));
    }

    private String label(Facts.Event e) {
        String what = String.join(", ", e.categories());
        String who;
        if (e.meeting()) {
            who = names(e.filling("participant"));
        } else {
            who = names(e.filling("imposer")) + " \u2192 " + names(e.filling("target"));
        }
        String label = (what.isEmpty() ? (e.meeting() ? "meeting" : "measure") : what) + ": " + who;
        return e.date() == null ? label : label + " (" + e.date() + ")";
    }

    private String names(List<String> iris) {
        return iris.stream().map(facts.entities()::get).filter(java.util.Objects::nonNull)
                .map(x -> x.name() == null ? NodeIds.of(x.iri()) : x.name()).collect(Collectors.joining(", "));
    }
}
