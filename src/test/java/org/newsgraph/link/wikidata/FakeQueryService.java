package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.link.SharedKb;

/**
 * Answers the two queries of {@code kb update} as the Wikidata Query Service would, in SPARQL JSON results, from
 * slices of {@code ../shared/kb}: three states (Afghanistan, Iran, Israel) and two organizations, the
 * International Court of Justice (with the judges of the shared file, who have no country) and the United
 * Nations (with nobody, in this slice).
 */
public final class FakeQueryService implements LocalHttp.Handler {
    static final Map<String, String> STATES = Map.of("Q889", "Afghanistan", "Q794", "Iran", "Q801", "Israel");
    static final String COURT = "Q7801";
    static final String UN = "Q1065";
    private static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final Pattern SCOPES = Pattern.compile("VALUES \\?scope \\{([^}]*)}");

    final Map<String, List<Map<String, String>>> byScope = new LinkedHashMap<>();
    final Map<String, Map<String, String>> aliases = new LinkedHashMap<>();

    public FakeQueryService() throws IOException {
        for (Map<String, String> row : SharedKb.offices(Set.of("Q889", "Q794", "Q801", ""), 400)) {
            String country = row.get("country_qid");
            if (!country.isEmpty()) {
                byScope.computeIfAbsent(country, c -> new ArrayList<>()).add(row);
            } else if (row.get("position").contains("International Court of Justice")) {
                byScope.computeIfAbsent(COURT, c -> new ArrayList<>()).add(row);
            }
        }
        Set<String> people = byScope.values().stream().flatMap(List::stream).map(r -> r.get("wikidata_qid"))
                .collect(Collectors.toSet());
        SharedKb.aliases(people).forEach(a -> aliases.put(a.get("wikidata_qid"), a));
    }

    /** The people of the slices whose office was held since 1990, as the query asks. */
    public Set<String> peopleSince1990() {
        return byScope.values().stream().flatMap(List::stream).filter(FakeQueryService::since1990)
                .map(r -> r.get("wikidata_qid")).collect(Collectors.toSet());
    }

    @Override
    public LocalHttp.Reply answer(LocalHttp.Request request, int number) {
        return LocalHttp.Reply.json(results(query(request)).toString())
                .withType(SparqlResults.MEDIA_TYPE + "; charset=utf-8");
    }

    /** The query text of a request, sent as a form (POST) or in the URL (GET). */
    static String query(LocalHttp.Request request) {
        String form = "POST".equals(request.method()) ? request.body() : request.uri().getRawQuery();
        for (String pair : form.split("&")) {
            if (pair.startsWith("query=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalArgumentException("no query in " + form);
    }

    /** The scopes a request of the offices query asks about, or an empty list for the scopes query. */
    static List<String> scopes(String query) {
        Matcher m = SCOPES.matcher(query);
        if (!m.find() || m.group(1).contains("UNDEF")) {
            return List.of();
        }
        return List.of(m.group(1).strip().replace("wd:", "").split("\\s+"));
    }

    JsonObject results(String query) {
        List<String> scopes = scopes(query);
        if (scopes.isEmpty()) {
            List<JsonObject> rows = new ArrayList<>();
            STATES.forEach((qid, label) -> rows.add(row("scope", uri(qid), "scopeLabel", text(label),
                    "kind", text("state"))));
            rows.add(row("scope", uri(COURT), "scopeLabel", text("International Court of Justice"),
                    "kind", text("organization")));
            rows.add(row("scope", uri(UN), "kind", text("organization")));
            return results(List.of("scope", "scopeLabel", "kind"), rows);
        }
        List<JsonObject> rows = new ArrayList<>();
        for (String scope : scopes) {
            for (Map<String, String> r : byScope.getOrDefault(scope, List.of())) {
                if (since1990(r)) {
                    rows.add(office(scope, r));
                }
            }
        }
        return results(List.of("scope", "person", "name", "position", "positionLabel", "start", "startPrecision",
                "end", "endPrecision", "statedNames", "otherLabels"), rows);
    }

    private JsonObject office(String scope, Map<String, String> r) {
        JsonObject row = row("scope", uri(scope), "person", uri(r.get("wikidata_qid")),
                "name", text(r.get("name")), "positionLabel", text(r.get("position")));
        if (!r.get("position_qid").isEmpty()) {
            row.add("position", uri(r.get("position_qid")));
        }
        time(row, "start", r.get("start"));
        time(row, "end", r.get("end"));
        Map<String, String> a = aliases.getOrDefault(r.get("wikidata_qid"), Map.of());
        // GROUP_CONCAT binds its variable even over no value, to ""
        row.add("statedNames", plain(a.getOrDefault("stated_names", "")));
        row.add("otherLabels", plain(a.getOrDefault("other_labels", "")));
        return row;
    }

    private static boolean since1990(Map<String, String> r) {
        String end = r.get("end");
        return end.isEmpty() || end.compareTo("1990") >= 0;
    }

    private static void time(JsonObject row, String name, String cell) {
        if (cell.isEmpty()) {
            return;
        }
        boolean day = cell.length() == 10;
        JsonObject value = new JsonObject();
        value.addProperty("datatype", "http://www.w3.org/2001/XMLSchema#dateTime");
        value.addProperty("type", "literal");
        value.addProperty("value", (day ? cell : cell + "-01-01") + "T00:00:00Z");
        row.add(name, value);
        JsonObject precision = new JsonObject();
        precision.addProperty("datatype", "http://www.w3.org/2001/XMLSchema#integer");
        precision.addProperty("type", "literal");
        precision.addProperty("value", day ? "11" : "9");
        row.add(name + "Precision", precision);
    }

    private static JsonObject results(List<String> vars, List<JsonObject> rows) {
        JsonObject head = new JsonObject();
        JsonArray names = new JsonArray();
        vars.forEach(names::add);
        head.add("vars", names);
        JsonArray bindings = new JsonArray();
        rows.forEach(bindings::add);
        JsonObject results = new JsonObject();
        results.add("bindings", bindings);
        JsonObject all = new JsonObject();
        all.add("head", head);
        all.add("results", results);
        return all;
    }

    private static JsonObject row(Object... pairs) {
        JsonObject row = new JsonObject();
        for (int i = 0; i < pairs.length; i += 2) {
            row.add((String) pairs[i], (JsonObject) pairs[i + 1]);
        }
        return row;
    }

    private static JsonObject uri(String qid) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "uri");
        o.addProperty("value", ENTITY + qid);
        return o;
    }

    private static JsonObject text(String s) {
        JsonObject o = plain(s);
        o.addProperty("xml:lang", "en");
        return o;
    }

    private static JsonObject plain(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "literal");
        o.addProperty("value", s);
        return o;
    }
}
