package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The statements of an entity in the JSON of {@code wbgetentities}, deprecated ones left out. */
final class Claims {
    /** A position held (P39) with its start (P580) and end (P582) where given. */
    record Held(String position, LocalDate start, LocalDate end) {
    }

    private Claims() {
    }

    /** The items a property's statements point to. */
    static Set<String> items(JsonObject entity, String property) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonObject statement : statements(entity, property)) {
            String id = item(statement.getAsJsonObject("mainsnak"));
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    static List<Held> held(JsonObject entity) {
        List<Held> out = new ArrayList<>();
        for (JsonObject statement : statements(entity, "P39")) {
            String position = item(statement.getAsJsonObject("mainsnak"));
            if (position != null) {
                out.add(new Held(position, time(statement, "P580", false), time(statement, "P582", true)));
            }
        }
        return out;
    }

    private static List<JsonObject> statements(JsonObject entity, String property) {
        JsonObject claims = entity.getAsJsonObject("claims");
        if (claims == null || !claims.has(property) || !claims.get(property).isJsonArray()) {
            return List.of();
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : claims.getAsJsonArray(property)) {
            if (e.isJsonObject() && !"deprecated".equals(EntitiesApi.string(e.getAsJsonObject(), "rank"))) {
                out.add(e.getAsJsonObject());
            }
        }
        return out;
    }

    /** The item a snak points to, or null for "no value", "unknown value" or another type. */
    private static String item(JsonObject snak) {
        JsonObject value = value(snak);
        String id = value == null ? "" : EntitiesApi.string(value, "id");
        return id.matches("Q[1-9][0-9]*") ? id : null;
    }

    private static LocalDate time(JsonObject statement, String qualifier, boolean last) {
        JsonObject qualifiers = statement.getAsJsonObject("qualifiers");
        JsonArray snaks = qualifiers == null || !qualifiers.has(qualifier) ? null
                : qualifiers.getAsJsonArray(qualifier);
        JsonObject value = snaks == null || snaks.isEmpty() ? null : value(snaks.get(0).getAsJsonObject());
        if (value == null || !value.has("precision")) {
            return null;
        }
        return EntitiesApi.day(EntitiesApi.string(value, "time"), value.get("precision").getAsInt(), last);
    }

    private static JsonObject value(JsonObject snak) {
        if (snak == null || !"value".equals(EntitiesApi.string(snak, "snaktype")) || !snak.has("datavalue")) {
            return null;
        }
        JsonElement v = snak.getAsJsonObject("datavalue").get("value");
        return v != null && v.isJsonObject() ? v.getAsJsonObject() : null;
    }
}
