package org.newsgraph.link.wikidata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of {@code wikidata-officeholders.rq}, gathered over every request and written in the columns
 * {@link org.newsgraph.link.OfficeHoldersBuilder} reads: one file of positions held, one of other names.
 */
final class OfficeRows {
    /** One line of the positions file per person, position and term, however many requests returned it. */
    private final Set<String> offices = new LinkedHashSet<>();
    private final Map<String, Names> names = new LinkedHashMap<>();
    private int unnamed;

    private static final class Names {
        final String label;
        final Set<String> others = new LinkedHashSet<>();
        final Set<String> stated = new LinkedHashSet<>();

        Names(String label) {
            this.label = label;
        }
    }

    /**
     * Adds the rows of one answer.
     *
     * @param states the scopes of the request that are states: an office of one of them belongs to it
     * @return the number of rows that named a person
     */
    int add(List<Map<String, String>> rows, Set<String> states) {
        int added = 0;
        for (Map<String, String> row : rows) {
            String qid = SparqlResults.qid(row.get("person"));
            String name = clean(row.getOrDefault("name", ""));
            if (qid == null || name.isEmpty()) {
                unnamed++;
                continue;
            }
            String scope = SparqlResults.qid(row.get("scope"));
            String position = SparqlResults.qid(row.get("position"));
            offices.add(String.join("\t", qid, name, clean(row.getOrDefault("positionLabel", "")),
                    position == null ? "" : position, states.contains(scope) ? scope : "",
                    day(row.get("start"), row.get("startPrecision")), day(row.get("end"), row.get("endPrecision"))));
            Names n = names.computeIfAbsent(qid, q -> new Names(name));
            n.others.addAll(list(row.get("otherLabels")));
            n.stated.addAll(list(row.get("statedNames")));
            added++;
        }
        return added;
    }

    /** Rows without a person or an English (or multilingual) label: nothing to link by. */
    int unnamed() {
        return unnamed;
    }

    int people() {
        return names.size();
    }

    void writeOffices(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("wikidata_qid\tname\tposition\tposition_qid\tcountry_qid\tstart\tend\n");
            for (String line : offices) {
                out.write(line + "\n");
            }
        }
    }

    void writeAliases(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("wikidata_qid\tname\tother_labels\tstated_names\n");
            for (Map.Entry<String, Names> e : names.entrySet()) {
                Names n = e.getValue();
                if (!n.others.isEmpty() || !n.stated.isEmpty()) {
                    out.write(String.join("\t", e.getKey(), n.label, String.join("; ", n.others),
                            String.join("; ", n.stated)) + "\n");
                }
            }
        }
    }

    /**
     * A time value as the builder reads it: the day when Wikidata knows it, the year when it knows the month or
     * only the year, nothing when it knows less (a decade, a century) or the year is before the common era.
     */
    static String day(String value, String precision) {
        if (value == null || value.length() < 10 || value.startsWith("-") || precision == null
                || !precision.matches("\\d+")) {
            return "";
        }
        int p = Integer.parseInt(precision);
        return p >= 11 ? value.substring(0, 10) : p >= 9 ? value.substring(0, 4) : "";
    }

    private static List<String> list(String joined) {
        return joined == null ? List.of() : java.util.Arrays.stream(joined.split(";")).map(OfficeRows::clean)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Tabs and line breaks would break the file's columns; a semicolon would split a name in the list. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n;]+", " ").strip();
    }
}
