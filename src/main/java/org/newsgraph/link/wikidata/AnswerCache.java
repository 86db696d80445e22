package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.link.Office;

/**
 * What Wikidata answered about each name, one JSON file per name key in a folder, so a second ingest of the same
 * articles sends no request. Answers do not expire: delete the folder to ask again.
 */
final class AnswerCache {
    private final Path folder;

    AnswerCache(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The candidates stored for a name key, if it was asked about before; an unreadable file counts as never. */
    Optional<List<Candidate>> read(String key) throws IOException {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!key.equals(EntitiesApi.string(json, "key"))) {
                return Optional.empty();
            }
            List<Candidate> out = new ArrayList<>();
            for (JsonElement c : json.getAsJsonArray("candidates")) {
                out.add(candidate(c.getAsJsonObject()));
            }
            return Optional.of(out);
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** Stores the answer for a name key; written whole beside its place and moved there, so readers never see half. */
    void write(String key, List<Candidate> candidates) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("key", key);
        json.addProperty("asked", Instant.now().toString());
        JsonArray list = new JsonArray();
        candidates.forEach(c -> list.add(json(c)));
        json.add("candidates", list);
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".answer-", ".tmp");
        Files.writeString(temp, json.toString(), StandardCharsets.UTF_8);
        try {
            Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static JsonObject json(Candidate c) {
        JsonObject o = new JsonObject();
        o.addProperty("qid", c.qid());
        o.addProperty("label", c.label());
        JsonArray citizenships = new JsonArray();
        c.citizenships().forEach(citizenships::add);
        o.add("citizenships", citizenships);
        JsonArray offices = new JsonArray();
        for (Office office : c.offices()) {
            JsonObject j = new JsonObject();
            j.addProperty("title", office.title());
            j.addProperty("position", office.positionQid());
            j.addProperty("country", office.countryQid());
            j.addProperty("start", office.start() == null ? null : office.start().toString());
            j.addProperty("end", office.end() == null ? null : office.end().toString());
            offices.add(j);
        }
        o.add("offices", offices);
        return o;
    }

    private static Candidate candidate(JsonObject o) {
        Set<String> citizenships = new HashSet<>();
        o.getAsJsonArray("citizenships").forEach(e -> citizenships.add(e.getAsString()));
        List<Office> offices = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("offices")) {
            JsonObject j = e.getAsJsonObject();
            offices.add(new Office(EntitiesApi.string(j, "title"), orNull(j, "position"), orNull(j, "country"),
                    day(j, "start"), day(j, "end")));
        }
        return new Candidate(EntitiesApi.string(o, "qid"), EntitiesApi.string(o, "label"), citizenships, offices);
    }

    private static String orNull(JsonObject o, String name) {
        String s = EntitiesApi.string(o, name);
        return s.isEmpty() ? null : s;
    }

    private static LocalDate day(JsonObject o, String name) {
        String s = orNull(o, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
