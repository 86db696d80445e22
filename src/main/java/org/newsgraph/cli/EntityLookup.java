package org.newsgraph.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.Store;

/**
 * Finds the one person, country or organization a user means: by QID, by its name or one of its other forms
 * (case aside), else by a part of its name. Nothing found, or several found, is a sentence that says what to type.
 */
final class EntityLookup {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final String ENTITIES = """
            PREFIX schema: <http://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?type ?name ?wikidata (GROUP_CONCAT(DISTINCT STR(?alt); separator=", ") AS ?aliases)
            WHERE {
              GRAPH <https://w3id.org/newsgraph/id/g-entities> {
                ?entity a ?type ; schema:name ?label .
                FILTER(?type IN (schema:Person, schema:Country, schema:Organization))
                OPTIONAL { ?entity owl:sameAs ?wikidata }
                OPTIONAL { ?entity skos:altLabel ?alt }
              }
              BIND(STR(?label) AS ?name)
              %s
            }
            GROUP BY ?entity ?type ?name ?wikidata
            ORDER BY ?name ?entity
            """;

    private EntityLookup() {
    }

    static Map<String, String> find(Store store, String wanted) {
        String text = wanted.strip();
        if (QID.matcher(text.toUpperCase(java.util.Locale.ROOT)).matches()) {
            return one(store.select(String.format(ENTITIES, "FILTER(?entity = <" + ShowCommand.ID
                    + text.toUpperCase(java.util.Locale.ROOT) + ">)")), text);
        }
        String literal = "\"" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"";
        List<Map<String, String>> exact = store.select(String.format(ENTITIES, "FILTER(LCASE(?name) = " + literal
                + " || EXISTS { GRAPH <https://w3id.org/newsgraph/id/g-entities> { ?entity skos:altLabel ?a }"
                + " FILTER(LCASE(STR(?a)) = " + literal + ") })"));
        if (!exact.isEmpty()) {
            return one(exact, text);
        }
        return one(store.select(String.format(ENTITIES, "FILTER(CONTAINS(LCASE(?name), " + literal + "))")), text);
    }

    private static Map<String, String> one(List<Map<String, String>> found, String wanted) {
        if (found.isEmpty()) {
            throw new NewsGraphException("no person, country or organization called '" + wanted + "' in the store;"
                    + " 'newsgraph query --db DIR queries/people.rq' lists the people it holds");
        }
        if (found.size() > 1) {
            String names = found.stream().limit(8).map(EntityLookup::label).collect(Collectors.joining(", "));
            throw new NewsGraphException("'" + wanted + "' could be " + (found.size() > 8 ? "any of " + found.size()
                    + ", such as " : "") + names + "; give the full name or the QID");
        }
        return found.get(0);
    }

    private static String label(Map<String, String> entity) {
        String wikidata = entity.get("wikidata");
        return entity.get("name") + (wikidata == null ? "" : " (" + wikidata.substring(wikidata.lastIndexOf('/') + 1)
                + ")");
    }
}
