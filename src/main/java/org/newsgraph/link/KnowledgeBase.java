package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.NewsGraphException;
import org.newsgraph.model.EntityType;

/**
 * The bundled knowledge base: countries, cities and venues, organizations and people with their Wikidata QIDs,
 * read from the tab-separated files under {@code kb/} in the jar (see {@code kb/README.md} for the columns).
 */
public final class KnowledgeBase {
    private static final String ROOT = "/kb/";

    private final List<KbEntry> entries;
    private final Map<String, KbEntry> byQid = new HashMap<>();
    /** Countries by their ISO 3166-1 alpha-2 code ("GB"), which country-code web domains follow. */
    private final Map<String, String> qidByIso2;

    private KnowledgeBase(List<KbEntry> entries, Map<String, String> qidByIso2) {
        this.entries = List.copyOf(entries);
        this.qidByIso2 = Map.copyOf(qidByIso2);
        for (KbEntry e : entries) {
            if (e.qid() != null) {
                byQid.putIfAbsent(e.qid(), e);
            }
        }
    }

    /** The knowledge base shipped in the jar. Loaded once per call: keep the instance. */
    public static KnowledgeBase bundled() {
        List<KbEntry> all = new ArrayList<>();
        Map<String, String> iso2 = new HashMap<>();
        all.addAll(read("countries.tsv", row -> {
            KbEntry country = country(row);
            String code = blankToNull(row.get("iso2"));
            if (code != null && country.qid() != null) {
                iso2.putIfAbsent(code, country.qid());
            }
            return country;
        }));
        all.addAll(read("cities.tsv", row -> place(row)));
        all.addAll(read("venues.tsv", row -> place(row)));
        all.addAll(read("organizations.tsv", KnowledgeBase::organization));
        all.addAll(read("people.tsv", KnowledgeBase::person));
        return new KnowledgeBase(all, iso2);
    }

    /** A knowledge base of the entries given, without ISO codes. */
    public static KnowledgeBase of(List<KbEntry> entries) {
        return new KnowledgeBase(entries, Map.of());
    }

    public List<KbEntry> entries() {
        return entries;
    }

    public Optional<KbEntry> byQid(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    /** The country with the ISO 3166-1 alpha-2 code, upper case ("GB" for the United Kingdom). */
    public Optional<KbEntry> byIso2(String code) {
        return Optional.ofNullable(qidByIso2.get(code)).flatMap(this::byQid);
    }

    private static KbEntry country(Map<String, String> row) {
        return new KbEntry(qid(row), EntityType.COUNTRY, row.get("name"), list(row, "aliases"),
                list(row, "demonyms"), list(row, "metonyms"), list(row, "ambiguous"), qid(row),
                blankToNull(row.get("capital_qid")), List.of());
    }

    private static KbEntry place(Map<String, String> row) {
        return new KbEntry(qid(row), EntityType.PLACE, row.get("name"), list(row, "aliases"), List.of(), List.of(),
                list(row, "ambiguous"), blankToNull(row.get("country_qid")), null, List.of());
    }

    private static KbEntry organization(Map<String, String> row) {
        return new KbEntry(qid(row), EntityType.ORGANIZATION, row.get("name"), list(row, "aliases"), List.of(),
                List.of(), list(row, "ambiguous"), blankToNull(row.get("country_qid")), null, List.of());
    }

    private static KbEntry person(Map<String, String> row) {
        return new KbEntry(qid(row), EntityType.PERSON, row.get("name"), list(row, "aliases"), List.of(), List.of(),
                list(row, "ambiguous"), blankToNull(row.get("country_qid")), null, list(row, "roles"));
    }

    private static String qid(Map<String, String> row) {
        return blankToNull(row.get("qid"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(Map<String, String> row, String column) {
        String cell = row.get(column);
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<KbEntry> read(String file, java.util.function.Function<Map<String, String>, KbEntry> f) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                return Collections.emptyList();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new NewsGraphException("knowledge base file " + file + " is empty: it needs a header row");
            }
            String[] header = headerLine.split("\t", -1);
            List<KbEntry> out = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(f.apply(row(header, line.split("\t", -1), file, number)));
            }
            return out;
        } catch (IOException e) {
            throw new NewsGraphException("cannot read knowledge base file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> row(String[] header, String[] cells, String file, int line) {
        if (cells.length != header.length) {
            throw new NewsGraphException("knowledge base " + file + " line " + line + ": expected "
                    + header.length + " columns, found " + cells.length);
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], cells[i]);
        }
        return row;
    }
}
