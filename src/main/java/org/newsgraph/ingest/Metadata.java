package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;

/**
 * What a sidecar, a feed line or a page's head says about an article. Each field is checked on its own, so a bad
 * field is dropped with a warning and the others are kept.
 */
record Metadata(String url, String title, LocalDate published, String source) {
    static final Metadata NONE = new Metadata(null, null, null, null);

    /** "2025-07-10 09:30" is common in feeds; ISO wants a T between date and time. */
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");

    /** Reads the fields from a JSON object; {@code where} names the object's file (and line) in warnings. */
    static Metadata from(JsonObject object, String where, List<String> warnings) {
        String published = string(object, "published", where, warnings);
        return new Metadata(string(object, "url", where, warnings), string(object, "title", where, warnings),
                published == null ? null : day(published, where, warnings),
                string(object, "source", where, warnings));
    }

    Article toArticle(String id, String text, String origin) {
        return new Article(id, text, url, title, published, source, origin);
    }

    /** A string field, or null when absent, JSON null or blank; any other type is a warning. */
    static String string(JsonObject object, String field, String where, List<String> warnings) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            warnings.add(where + ": field \"" + field + "\" is not a string: " + abbreviate(value.toString()));
            return null;
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The day of an ISO date or date-time, as written: an offset does not move it to another day. */
    static LocalDate day(String value, String where, List<String> warnings) {
        String iso = SPACE_BEFORE_TIME.matcher(value.strip()).replaceFirst("$1T");
        try {
            return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(iso));
        } catch (DateTimeException notDate) {
            try {
                return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(iso));
            } catch (DateTimeException notDateTime) {
                warnings.add(where + ": \"published\" is not an ISO date or date-time: " + abbreviate(value));
                return null;
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
