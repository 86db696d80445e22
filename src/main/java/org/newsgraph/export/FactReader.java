package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** Reads entities, events and their roles with three SELECTs; the caller holds the read transaction. */
final class FactReader {
    private static final String PREFIXES = """
            PREFIX nk: <https://w3id.org/newsgraph/ns#>
            PREFIX id: <https://w3id.org/newsgraph/id/>
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    private static final String ENTITIES = PREFIXES + """
            SELECT ?x ?type ?name ?wikidata WHERE {
              GRAPH id:g-entities {
                ?x a ?type .
                FILTER(?type IN (schema:Person, schema:Country, schema:Organization, schema:City, schema:Place))
                OPTIONAL { ?x schema:name ?name }
                OPTIONAL { ?x owl:sameAs ?wikidata }
              }
            }""";
    private static final String EVENTS = PREFIXES + """
            SELECT ?e ?class ?category ?status ?date ?g WHERE {
              GRAPH ?g {
                ?e a ?class .
                FILTER(?class IN (nk:Meeting, nk:PunitiveMeasure))
                OPTIONAL { ?e nk:kind|nk:measureType ?category }
                OPTIONAL { ?e nk:status ?status }
                OPTIONAL { ?e schema:startDate ?date }
              }
            }""";
    private static final String ROLES = PREFIXES + """
            SELECT ?e ?role ?x WHERE {
              GRAPH ?g {
                ?e a ?class ; ?role ?x .
                FILTER(?class IN (nk:Meeting, nk:PunitiveMeasure))
                FILTER(?role IN (nk:participant, nk:imposer, nk:target, schema:location))
                FILTER(isIRI(?x))
              }
            }""";

    private final Dataset dataset;
    private final SortedMap<String, Facts.Entity> entities = new TreeMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private FactReader(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Reads the facts; call inside a read transaction. */
    static Facts read(Dataset dataset) {
        FactReader r = new FactReader(dataset);
        r.select(ENTITIES, r::entity);
        r.select(EVENTS, r::event);
        r.select(ROLES, r::role);
        SortedMap<String, Facts.Event> events = new TreeMap<>();
        r.drafts.forEach((iri, d) -> events.put(iri, d.event(iri)));
        return new Facts(r.entities, events);
    }

    private void select(String sparql, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }

    private void entity(QuerySolution row) {
        String iri = row.getResource("x").getURI();
        String type = localName(row.getResource("type").getURI()).toLowerCase(java.util.Locale.ROOT);
        Facts.Entity known = entities.get(iri);
        // An entity typed twice keeps the actor type, so it stays in the actor network.
        if (known != null && (known.isActor() || !Facts.ACTOR_TYPES.contains(type))) {
            return;
        }
        entities.put(iri, new Facts.Entity(iri, type, text(row.get("name")), text(row.get("wikidata"))));
    }

    private void event(QuerySolution row) {
        String iri = row.getResource("e").getURI();
        boolean meeting = row.getResource("class").getURI().endsWith("#Meeting");
        Draft d = drafts.computeIfAbsent(iri, k -> new Draft(meeting));
        d.graphs.add(row.getResource("g").getURI());
        add(d.categories, row.get("category"), meeting ? "kind-" : "measure-");
        add(d.statuses, row.get("status"), "status-");
        String date = text(row.get("date"));
        if (date != null && (d.date == null || date.compareTo(d.date) < 0)) {
            d.date = date;
        }
    }

    private void role(QuerySolution row) {
        Draft d = drafts.get(row.getResource("e").getURI());
        if (d != null) {
            String role = localName(row.getResource("role").getURI());
            d.roles.computeIfAbsent(role, k -> new TreeSet<>()).add(row.getResource("x").getURI());
        }
    }

    private static void add(SortedSet<String> words, RDFNode concept, String prefix) {
        if (concept != null && concept.isURIResource()) {
            String local = localName(concept.asResource().getURI());
            String word = local.startsWith(prefix) ? local.substring(prefix.length()) : local;
            // Measure words are written as the contract queries give them ("export controls"), kinds as they are.
            words.add(prefix.equals("measure-") ? word.replace('-', ' ') : word);
        }
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static final class Draft {
        final boolean meeting;
        final SortedSet<String> categories = new TreeSet<>();
        final SortedSet<String> statuses = new TreeSet<>();
        final SortedSet<String> graphs = new TreeSet<>();
        final Map<String, SortedSet<String>> roles = new TreeMap<>();
        String date;

        Draft(boolean meeting) {
            this.meeting = meeting;
        }

        Facts.Event event(String iri) {
            return new Facts.Event(iri, meeting, categories, statuses, date, graphs, roles);
        }
    }
}
