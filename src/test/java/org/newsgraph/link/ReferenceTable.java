package org.newsgraph.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One shared reference table (test data only): for each row its QID (or null) and its normalized names. */
record ReferenceTable(String file, List<Row> rows) {

    record Row(String qid, Set<String> names) {
    }

    static ReferenceTable read(Path dir, String file) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(row(header, line.split("\t", -1)));
            }
        }
        return new ReferenceTable(file, rows);
    }

    private static Row row(List<String> header, String[] cells) {
        Set<String> names = new LinkedHashSet<>();
        for (String column : List.of("name", "official_name", "aliases")) {
            int i = header.indexOf(column);
            // only ";" separates aliases: names such as "Washington, D.C." hold commas
            if (i >= 0 && i < cells.length) {
                Arrays.stream(cells[i].split(";")).map(ReferenceTable::normalize).filter(s -> !s.isEmpty())
                        .forEach(names::add);
            }
        }
        String qid = cells[header.indexOf("wikidata_qid")].strip();
        return new Row(qid.isEmpty() ? null : qid, names);
    }

    /** Lowercase, no accents or punctuation, single spaces; symbols stay, so "OPEC+" is not "OPEC". */
    static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\p{P}", "").replaceAll("\\s+", " ").strip();
    }

    List<Row> withQid(String qid) {
        return rows.stream().filter(r -> qid.equals(r.qid())).toList();
    }

    List<Row> withName(String normalizedName) {
        return rows.stream().filter(r -> r.names().contains(normalizedName)).toList();
    }
}
