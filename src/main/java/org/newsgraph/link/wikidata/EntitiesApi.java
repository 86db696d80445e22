package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.link.NameKeys;
import org.newsgraph.link.Office;

/**
 * Wikidata's entity API ({@code wbsearchentities}, {@code wbgetentities}): the humans whose label or alias is a
 * name, with their citizenships and the positions they held. Three requests at most per name.
 */
final class EntitiesApi {
    /** The API takes at most 50 items per {@code wbgetentities} request. */
    private static final int MOST_IDS = 50;
    private static final String HUMAN = "Q5";

    private final URI api;
    private final PoliteHttp http;

    EntitiesApi(URI api, PoliteHttp http) {
        this.api = api;
        this.http = http;
    }

    URI address() {
        return api;
    }

    /** The humans filed under exactly this name (search matches prefixes: "Wang Yi" finds "Wang Yibo" too). */
    List<Candidate> humansNamed(String name) throws IOException, InterruptedException {
        String key = NameKeys.key(name);
        List<String> ids = new ArrayList<>();
        JsonObject found = get("action=wbsearchentities&search=" + encode(name)
                + "&language=en&type=item&format=json&limit=5");
        for (JsonElement e : array(found, "search")) {
            JsonObject hit = e.getAsJsonObject();
            String matched = hit.has("match") ? string(hit.getAsJsonObject("match"), "text") : "";
            if (key.equals(NameKeys.key(matched)) || key.equals(NameKeys.key(string(hit, "label")))) {
                ids.add(string(hit, "id"));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, JsonObject> people = entities(ids);
        people.values().removeIf(p -> !Claims.items(p, "P31").contains(HUMAN));
        Set<String> positions = new LinkedHashSet<>();
        people.values().forEach(p -> positions.addAll(Claims.items(p, "P39")));
        Map<String, JsonObject> offices = positions.isEmpty() ? Map.of()
                : entities(List.copyOf(positions).subList(0, Math.min(MOST_IDS, positions.size())));
        List<Candidate> out = new ArrayList<>();
        people.forEach((qid, p) -> out.add(new Candidate(qid, label(p, qid), Claims.items(p, "P27"),
                offices(p, offices))));
        return out;
    }

    private static List<Office> offices(JsonObject person, Map<String, JsonObject> positions) {
        List<Office> out = new ArrayList<>();
        for (Claims.Held h : Claims.held(person)) {
            JsonObject position = positions.get(h.position());
            String country = null;
            String title = "";
            if (position != null) {
                title = label(position, "");
                List<String> where = new ArrayList<>(Claims.items(position, "P1001"));
                where.addAll(Claims.items(position, "P17"));
                country = where.isEmpty() ? null : where.get(0);
            }
            out.add(new Office(title, h.position(), country, h.start(), h.end()));
        }
        return out;
    }

    private Map<String, JsonObject> entities(List<String> ids) throws IOException, InterruptedException {
        JsonObject answer = get("action=wbgetentities&ids=" + encode(String.join("|", ids))
                + "&props=" + encode("labels|claims") + "&languages=en&format=json");
        Map<String, JsonObject> out = new LinkedHashMap<>();
        JsonObject entities = answer.getAsJsonObject("entities");
        if (entities == null) {
            throw new IOException(api + " answered wbgetentities without entities");
        }
        entities.entrySet().forEach(e -> {
            if (e.getValue().isJsonObject() && !e.getValue().getAsJsonObject().has("missing")) {
                out.put(e.getKey(), e.getValue().getAsJsonObject());
            }
        });
        return out;
    }

    private JsonObject get(String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "?" + query))
                .header("Accept", "application/json").GET());
        if (answer.statusCode() != 200) {
            throw new IOException(PoliteHttp.describe(answer));
        }
        try {
            JsonObject json = JsonParser.parseString(answer.body()).getAsJsonObject();
            if (json.has("error")) {
                throw new IOException("the API refused: " + json.get("error"));
            }
            return json;
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException("the answer is not the API's JSON", e);
        }
    }

    private static String label(JsonObject entity, String otherwise) {
        JsonObject labels = entity.getAsJsonObject("labels");
        JsonObject en = labels == null ? null : labels.getAsJsonObject("en");
        return en == null ? otherwise : string(en, "value");
    }

    private static JsonArray array(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonArray() ? o.getAsJsonArray(name) : new JsonArray();
    }

    static String string(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : "";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Dates of the API's time values: {@code +2004-12-23T00:00:00Z} with a precision (9 year, 10 month, 11 day). */
    static LocalDate day(String time, int precision, boolean last) {
        if (time == null || !time.matches("\\+\\d{4}-\\d{2}-\\d{2}T.*")) {
            return null;
        }
        LocalDate d = LocalDate.of(Integer.parseInt(time.substring(1, 5)), Math.max(1, Integer.parseInt(
                time.substring(6, 8))), Math.max(1, Integer.parseInt(time.substring(9, 11))));
        if (precision >= 11) {
            return d;
        }
        if (precision == 10) {
            return last ? d.withDayOfMonth(d.lengthOfMonth()) : d.withDayOfMonth(1);
        }
        return precision == 9 ? (last ? d.withDayOfYear(d.lengthOfYear()) : d.withDayOfYear(1)) : null;
    }
}
