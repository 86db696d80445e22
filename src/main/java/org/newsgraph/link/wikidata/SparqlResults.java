package org.newsgraph.link.wikidata;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.NewsGraphException;

/** SPARQL 1.1 query results in JSON ({@code application/sparql-results+json}), each row as variable to value. */
final class SparqlResults {
    static final String MEDIA_TYPE = "application/sparql-results+json";
    private static final String ENTITY = "http://www.wikidata.org/entity/";

    private SparqlResults() {
    }

    /** The rows, each holding the value (an IRI, or a literal's lexical form) of every variable bound in it. */
    static List<Map<String, String>> parse(String json, String from) {
        try {
            JsonObject results = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("results");
            if (results == null || !results.has("bindings")) {
                throw new NewsGraphException(from + " answered JSON without SPARQL results");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (JsonElement b : results.getAsJsonArray("bindings")) {
                Map<String, String> row = new HashMap<>();
                for (Map.Entry<String, JsonElement> e : b.getAsJsonObject().entrySet()) {
                    JsonElement value = e.getValue().getAsJsonObject().get("value");
                    if (value == null) {
                        throw new IllegalStateException("a binding of ?" + e.getKey() + " has no value");
                    }
                    row.put(e.getKey(), value.getAsString());
                }
                rows.add(row);
            }
            return rows;
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new NewsGraphException(from + " answered something other than SPARQL JSON results", e);
        }
    }

    /** The QID of a Wikidata entity IRI, or null for anything else. */
    static String qid(String iri) {
        return iri != null && iri.startsWith(ENTITY) && iri.substring(ENTITY.length()).matches("Q[1-9][0-9]*")
                ? iri.substring(ENTITY.length()) : null;
    }
}
