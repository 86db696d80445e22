package org.newsgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Store;

/**
 * What an export of the whole store must hold, asked of the store with SPARQL written apart from the exporter's:
 * the graph every reader should read back, in the model README describes (a meeting tie is an edge each way).
 */
final class StoreGraph {
    private static final String PREFIXES = """
            PREFIX nk: <https://w3id.org/newsgraph/ns#>
            PREFIX id: <https://w3id.org/newsgraph/id/>
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    private static final String ACTOR = "FILTER(%s IN (schema:Person, schema:Country, schema:Organization))";
    private static final String EVENT_DATE = """
            OPTIONAL { SELECT ?m (MIN(STR(?d)) AS ?date) WHERE { GRAPH ?x { ?m schema:startDate ?d } } GROUP BY ?m }""";
    private static final String ENTITIES = """
            SELECT ?x ?name ?wikidata WHERE { GRAPH id:g-entities {
              ?x a ?t FILTER(?t IN (schema:Person, schema:Country, schema:Organization, schema:City, schema:Place))
              OPTIONAL { ?x schema:name ?name } OPTIONAL { ?x owl:sameAs ?wikidata } } }""";
    private static final String TIES = """
            SELECT DISTINCT ?a ?b ?kind ?m ?date WHERE {
              { GRAPH ?g { ?m a nk:Meeting ; nk:participant ?a } GRAPH ?h { ?m nk:participant ?b }
                FILTER(STR(?a) < STR(?b)) BIND("met" AS ?kind) }
              UNION
              { GRAPH ?g { ?m a nk:PunitiveMeasure ; nk:imposer ?a } GRAPH ?h { ?m nk:target ?b }
                FILTER(?a != ?b) BIND("sanctioned" AS ?kind) }
              GRAPH id:g-entities { ?a a ?ta . ?b a ?tb } %s %s
              %s
            }""".formatted(ACTOR.formatted("?ta"), ACTOR.formatted("?tb"), EVENT_DATE);
    private static final String ROLES = """
            SELECT DISTINCT ?m ?role ?x ?date WHERE {
              GRAPH ?g { ?m a ?c ; ?r ?x }
              FILTER((?c = nk:Meeting && ?r IN (nk:participant, schema:location))
                  || (?c = nk:PunitiveMeasure && ?r IN (nk:imposer, nk:target)))
              GRAPH id:g-entities { ?x a ?t }
              FILTER(?t IN (schema:Person, schema:Country, schema:Organization, schema:City, schema:Place))
              FILTER(?r = schema:location || ?t IN (schema:Person, schema:Country, schema:Organization))
              BIND(REPLACE(STR(?r), "^.*[#/]", "") AS ?role)
              %s
            }""".formatted(EVENT_DATE);

    private StoreGraph() {
    }

    /**
     * The actor view: actors in a tie, two "met" edges per meeting tie, one "sanctioned" edge per measure tie, each
     * with the first and last date of its dated events.
     */
    static Reading actors(Store store) {
        Map<String, Reading.Node> entities = entities(store);
        Map<List<String>, SortedSet<String>> ties = new HashMap<>();
        select(store, TIES, row -> {
            SortedSet<String> dates = ties.computeIfAbsent(
                    List.of(id(row.get("a")), id(row.get("b")), text(row.get("kind"))), k -> new TreeSet<>());
            if (row.get("date") != null) {
                dates.add(text(row.get("date")));
            }
        });
        Map<String, Reading.Node> nodes = new HashMap<>();
        List<List<String>> edges = new ArrayList<>();
        ties.forEach((tie, dates) -> {
            String a = tie.get(0);
            String b = tie.get(1);
            String first = dates.isEmpty() ? null : dates.first();
            String last = dates.isEmpty() ? null : dates.last();
            nodes.put(a, entities.get(a));
            nodes.put(b, entities.get(b));
            edges.add(Reading.edge(a, b, tie.get(2), first, last));
            if (tie.get(2).equals("met")) {
                edges.add(Reading.edge(b, a, tie.get(2), first, last));
            }
        });
        return Reading.of("the store's actor view", true, nodes, edges);
    }

    /** The event view: events (dated), the actors and places they hold, an edge per role from actor to event. */
    static Reading events(Store store) {
        Map<String, Reading.Node> entities = entities(store);
        Map<String, Reading.Node> nodes = new HashMap<>();
        List<List<String>> edges = new ArrayList<>();
        select(store, ROLES, row -> {
            String event = id(row.get("m"));
            String entity = id(row.get("x"));
            String role = text(row.get("role"));
            nodes.put(event, new Reading.Node(null, null, text(row.get("date"))));
            nodes.put(entity, entities.get(entity));
            boolean toEvent = role.equals("participant") || role.equals("imposer");
            edges.add(toEvent ? Reading.edge(entity, event, role, null, null)
                    : Reading.edge(event, entity, role, null, null));
        });
        return Reading.of("the store's event view", true, nodes, edges);
    }

    /** Every described entity's name and Wikidata IRI, by node id. */
    static Map<String, Reading.Node> entities(Store store) {
        Map<String, Reading.Node> entities = new HashMap<>();
        select(store, ENTITIES, row -> entities.put(id(row.get("x")),
                new Reading.Node(text(row.get("name")), text(row.get("wikidata")), null)));
        return entities;
    }

    private static void select(Store store, String query, Consumer<QuerySolution> row) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    private static String id(RDFNode iri) {
        return NodeIds.of(iri.asResource().getURI());
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
