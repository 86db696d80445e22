package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers {@code wbsearchentities} and {@code wbgetentities} in the JSON Wikidata's API gives, for a few names:
 * Abdul Rahim Wardak (an Afghan minister; the search also finds a longer name that begins with his), two humans
 * called Wang Yi of one country, and Nadia Exemple, a French human who shares her name with a ship.
 */
public final class FakeWikidataApi implements LocalHttp.Handler {
    public static final String WARDAK = "Q317373";
    private static final String HUMAN = "Q5";
    private final Map<String, JsonArray> searches = new HashMap<>();
    private final Map<String, JsonObject> entities = new LinkedHashMap<>();

    public FakeWikidataApi() {
        search("Abdul Rahim Wardak", hit(WARDAK, "Abdul Rahim Wardak", "label", "Abdul Rahim Wardak"),
                hit("Q90000001", "Abdul Rahim Wardaki", "label", "Abdul Rahim Wardaki"));
        entity(WARDAK, "Abdul Rahim Wardak", claims(items("P31", HUMAN), items("P27", "Q889"),
                held("Q112999440", "+2004-12-23T00:00:00Z", "+2012-08-07T00:00:00Z")));
        entity("Q90000001", "Abdul Rahim Wardaki", claims(items("P31", HUMAN), items("P27", "Q889")));
        entity("Q112999440", "Afghan Minister of Defense", claims(items("P31", "Q4164871"), items("P1001", "Q889"),
                items("P17", "Q889")));
        search("Wang Yi", hit("Q90000002", "Wang Yi", "label", "Wang Yi"),
                hit("Q90000003", "Wang Yi (diplomat)", "alias", "Wang Yi"));
        entity("Q90000002", "Wang Yi", claims(items("P31", HUMAN), items("P27", "Q148")));
        entity("Q90000003", "Wang Yi (diplomat)", claims(items("P31", HUMAN), items("P27", "Q148")));
        search("Nadia Exemple", hit("Q90000004", "Nadia Exemple", "label", "Nadia Exemple"),
                hit("Q90000005", "Nadia Exemple", "label", "Nadia Exemple"));
        entity("Q90000004", "Nadia Exemple", claims(items("P31", "Q11446"), items("P17", "Q30")));
        entity("Q90000005", "Nadia Exemple", claims(items("P31", HUMAN), items("P27", "Q142")));
    }

    @Override
    public LocalHttp.Reply answer(LocalHttp.Request request, int number) {
        Map<String, String> params = params(request.uri().getRawQuery());
        JsonObject out = new JsonObject();
        if ("wbsearchentities".equals(params.get("action"))) {
            JsonObject info = new JsonObject();
            info.addProperty("search", params.get("search"));
            out.add("searchinfo", info);
            out.add("search", searches.getOrDefault(params.get("search"), new JsonArray()));
        } else if ("wbgetentities".equals(params.get("action"))) {
            JsonObject found = new JsonObject();
            for (String id : params.get("ids").split("\\|")) {
                JsonObject missing = new JsonObject();
                missing.addProperty("id", id);
                missing.addProperty("missing", "");
                found.add(id, entities.getOrDefault(id, missing));
            }
            out.add("entities", found);
        } else {
            JsonObject error = new JsonObject();
            error.addProperty("code", "badvalue");
            error.addProperty("info", "Unrecognized value for parameter \"action\"");
            out.add("error", error);
        }
        out.addProperty("success", 1);
        return LocalHttp.Reply.json(out.toString());
    }

    /** The actions of the requests so far, in order. */
    public static List<String> actions(LocalHttp server) {
        return server.requests().stream().map(r -> params(r.uri().getRawQuery()).get("action")).toList();
    }

    static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private void search(String text, JsonObject... hits) {
        JsonArray list = new JsonArray();
        for (JsonObject h : hits) {
            list.add(h);
        }
        searches.put(text, list);
    }

    private static JsonObject hit(String id, String label, String matchType, String matchText) {
        JsonObject hit = new JsonObject();
        hit.addProperty("id", id);
        hit.addProperty("title", id);
        hit.addProperty("pageid", Integer.parseInt(id.substring(1)) % 100_000_000);
        hit.addProperty("repository", "wikidata");
        hit.addProperty("url", "//www.wikidata.org/wiki/" + id);
        hit.addProperty("concepturi", "http://www.wikidata.org/entity/" + id);
        hit.addProperty("label", label);
        JsonObject match = new JsonObject();
        match.addProperty("type", matchType);
        match.addProperty("language", "en");
        match.addProperty("text", matchText);
        hit.add("match", match);
        return hit;
    }

    private void entity(String id, String label, JsonObject claims) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "item");
        e.addProperty("id", id);
        JsonObject en = new JsonObject();
        en.addProperty("language", "en");
        en.addProperty("value", label);
        JsonObject labels = new JsonObject();
        labels.add("en", en);
        e.add("labels", labels);
        e.add("claims", claims);
        entities.put(id, e);
    }

    private static JsonObject claims(Object[]... properties) {
        JsonObject claims = new JsonObject();
        for (Object[] p : properties) {
            claims.add((String) p[0], (JsonArray) p[1]);
        }
        return claims;
    }

    private static Object[] items(String property, String... ids) {
        JsonArray statements = new JsonArray();
        for (String id : ids) {
            statements.add(statement(property, id));
        }
        return new Object[] {property, statements};
    }

    private static Object[] held(String position, String start, String end) {
        JsonObject s = statement("P39", position);
        JsonObject qualifiers = new JsonObject();
        qualifiers.add("P580", time("P580", start));
        qualifiers.add("P582", time("P582", end));
        s.add("qualifiers", qualifiers);
        JsonArray order = new JsonArray();
        order.add("P580");
        order.add("P582");
        s.add("qualifiers-order", order);
        JsonArray statements = new JsonArray();
        statements.add(s);
        return new Object[] {"P39", statements};
    }

    private static JsonObject statement(String property, String id) {
        JsonObject value = new JsonObject();
        value.addProperty("entity-type", "item");
        value.addProperty("numeric-id", Long.parseLong(id.substring(1)));
        value.addProperty("id", id);
        JsonObject s = new JsonObject();
        s.add("mainsnak", snak(property, value, "wikibase-entityid", "wikibase-item"));
        s.addProperty("type", "statement");
        s.addProperty("id", id + "$" + property);
        s.addProperty("rank", "normal");
        return s;
    }

    private static JsonArray time(String property, String time) {
        JsonObject value = new JsonObject();
        value.addProperty("time", time);
        value.addProperty("timezone", 0);
        value.addProperty("before", 0);
        value.addProperty("after", 0);
        value.addProperty("precision", 11);
        value.addProperty("calendarmodel", "http://www.wikidata.org/entity/Q1985727");
        JsonArray snaks = new JsonArray();
        snaks.add(snak(property, value, "time", "time"));
        return snaks;
    }

    private static JsonObject snak(String property, JsonObject value, String valueType, String dataType) {
        JsonObject datavalue = new JsonObject();
        datavalue.add("value", value);
        datavalue.addProperty("type", valueType);
        JsonObject snak = new JsonObject();
        snak.addProperty("snaktype", "value");
        snak.addProperty("property", property);
        snak.add("datavalue", datavalue);
        snak.addProperty("datatype", dataType);
        return snak;
    }
}
