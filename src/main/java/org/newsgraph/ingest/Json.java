package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** Strict JSON: Gson's defaults accept comments, single quotes and trailing garbage, which a feed must not carry. */
final class Json {
    private static final String GSON_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";

    private Json() {
    }

    /** The one JSON object that the whole text holds. */
    static JsonObject parseObject(String text) throws UnreadableException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element;
        try {
            element = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new UnreadableException("malformed JSON: " + shortMessage(e));
        }
        if (!atEnd(reader)) {
            throw new UnreadableException("malformed JSON: more text after the value");
        }
        if (!element.isJsonObject()) {
            throw new UnreadableException("not a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            // a strict reader refuses to even look at a second value
            return false;
        }
    }

    /** Gson's messages carry a hint about its own settings and a link to its docs; keep the position only. */
    private static String shortMessage(Exception e) {
        Throwable cause = e instanceof JsonIOException || e.getCause() == null ? e : e.getCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return firstLine.replace(GSON_HINT, "syntax error").strip();
    }
}
