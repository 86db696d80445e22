package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsgraph.NewsGraphException;

/**
 * Builds an office-holders' knowledge base folder from Wikidata's position-held statements in the columns of
 * {@code officeholders.tsv} (wikidata_qid, name, position, position_qid, country_qid, start, end) and, optionally,
 * other names in the columns of {@code aliases.tsv} (wikidata_qid, name, other_labels, stated_names). The folder
 * is written beside the target and moved into place only when complete, so a failed build keeps the previous one.
 */
public final class OfficeHoldersBuilder {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final List<String> OFFICE_COLUMNS = List.of("wikidata_qid", "name", "position", "position_qid",
            "country_qid", "start", "end");
    private static final List<String> ALIAS_COLUMNS = List.of("wikidata_qid", "other_labels", "stated_names");
    /** Rows a build reports by line; the others are only counted. */
    private static final int PROBLEMS_SHOWN = 5;

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int rejected;
    private int offices;

    /** What a build read and wrote. {@code problems} shows the first rejected rows by file and line. */
    public record Report(Path folder, int people, int offices, int names, int rejected, List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private OfficeHoldersBuilder() {
    }

    /**
     * Reads the files and writes the knowledge base to {@code out}, replacing the one there.
     *
     * @param aliases the other-names file, or null
     * @throws IOException when a file cannot be read or the folder cannot be written
     */
    public static Report build(Path officeholders, Path aliases, Path out) throws IOException {
        return build(officeholders, aliases, out, Map.of());
    }

    /**
     * As {@link #build(Path, Path, Path)}, with more to say in the folder's manifest: where the rows came from when
     * the files were only a step on the way ({@code kb update} writes them to a temporary folder).
     */
    public static Report build(Path officeholders, Path aliases, Path out, Map<String, String> provenance)
            throws IOException {
        Objects.requireNonNull(officeholders, "officeholders");
        Objects.requireNonNull(out, "out");
        OfficeHoldersBuilder b = new OfficeHoldersBuilder();
        b.readOffices(officeholders);
        if (aliases != null) {
            b.readAliases(aliases);
        }
        if (b.people.isEmpty()) {
            throw new NewsGraphException(officeholders + " holds no usable row: nothing to build");
        }
        int names = OfficeHoldersFolder.replace(out, folder -> b.write(folder, officeholders, aliases, provenance));
        return new Report(out, b.people.size(), b.offices, names, b.rejected, b.problems);
    }

    private void readOffices(Path file) throws IOException {
        Table.read(file, OFFICE_COLUMNS, (row, line) -> {
            String qid = row.get("wikidata_qid");
            String name = row.get("name");
            if (!QID.matcher(qid).matches() || name.isBlank()) {
                reject(file, line, "a person needs a QID (Q and digits) and a name");
                return;
            }
            LocalDate start = Dates.startOf(row.get("start"));
            LocalDate end = Dates.endOf(row.get("end"));
            if (start == Dates.INVALID || end == Dates.INVALID) {
                reject(file, line, "start and end must be YYYY-MM-DD, YYYY or empty");
                return;
            }
            Person p = people.computeIfAbsent(qid, q -> new Person(name.strip()));
            p.offices.add(new Office(row.get("position").strip(), qidOrNull(row.get("position_qid")),
                    qidOrNull(row.get("country_qid")), start, end));
            offices++;
        });
    }

    private void readAliases(Path file) throws IOException {
        Table.read(file, ALIAS_COLUMNS, (row, line) -> {
            Person p = people.get(row.get("wikidata_qid"));
            if (p == null) {
                return; // other names of somebody who holds no office here: nothing to link them to
            }
            p.others.addAll(Table.list(row.get("other_labels")));
            p.stated.addAll(Table.list(row.get("stated_names")));
        });
    }

    private void reject(Path file, long line, String reason) {
        rejected++;
        if (problems.size() < PROBLEMS_SHOWN) {
            problems.add(file + " line " + line + ": " + reason);
        }
    }

    private int write(Path folder, Path officeholders, Path aliases, Map<String, String> provenance)
            throws IOException {
        int names = 0;
        try (BufferedWriter ppl = writer(folder.resolve(OfficeHoldersFolder.PEOPLE));
             BufferedWriter off = writer(folder.resolve(OfficeHoldersFolder.OFFICES));
             BufferedWriter nms = writer(folder.resolve(OfficeHoldersFolder.NAMES))) {
            ppl.write("qid\tlabel\n");
            off.write("qid\tposition\tposition_qid\tcountry_qid\tstart\tend\n");
            nms.write("key\tqid\tform\n");
            for (Map.Entry<String, Person> e : people.entrySet()) {
                String qid = e.getKey();
                Person p = e.getValue();
                ppl.write(qid + "\t" + Table.clean(p.label) + "\n");
                for (Office o : p.offices) {
                    off.write(String.join("\t", qid, Table.clean(o.title()), orEmpty(o.positionQid()),
                            orEmpty(o.countryQid()), orEmpty(o.start()), orEmpty(o.end())) + "\n");
                }
                for (Map.Entry<String, NameForm> k : p.keys().entrySet()) {
                    nms.write(k.getKey() + "\t" + qid + "\t" + k.getValue().name() + "\n");
                    names++;
                }
            }
        }
        Map<String, String> manifest = new LinkedHashMap<>(Map.of("built", Instant.now().toString(),
                "officeholders", officeholders.toAbsolutePath().toString(),
                "aliases", aliases == null ? "" : aliases.toAbsolutePath().toString(),
                "people", String.valueOf(people.size()), "offices", String.valueOf(offices),
                "names", String.valueOf(names)));
        manifest.putAll(provenance);
        OfficeHoldersFolder.writeManifest(folder, manifest);
        return names;
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static String qidOrNull(String cell) {
        String s = cell.strip();
        return QID.matcher(s).matches() ? s : null;
    }

    private static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }

    /** One person while the files are read. */
    private static final class Person {
        final String label;
        final List<Office> offices = new ArrayList<>();
        final List<String> others = new ArrayList<>();
        final List<String> stated = new ArrayList<>();

        Person(String label) {
            this.label = label;
        }

        /** Every key of every name, with the strongest form that gives it. */
        Map<String, NameForm> keys() {
            Map<String, NameForm> keys = new LinkedHashMap<>();
            Map<NameForm, List<String>> whole = new EnumMap<>(NameForm.class);
            whole.put(NameForm.LABEL, List.of(label));
            whole.put(NameForm.OTHER_LABEL, others);
            whole.put(NameForm.STATED, stated);
            whole.forEach((form, names) -> names.forEach(n -> add(keys, NameKeys.key(n), form)));
            for (String k : List.copyOf(keys.keySet())) {
                add(keys, NameKeys.firstAndLast(k), NameForm.FIRST_AND_LAST);
                add(keys, k.contains(" ") || k.contains("-") ? NameKeys.compact(k) : "", NameForm.COMPACT);
                add(keys, NameKeys.surname(k), NameForm.SURNAME);
            }
            return keys;
        }

        private static void add(Map<String, NameForm> keys, String key, NameForm form) {
            if (!key.isEmpty()) {
                keys.merge(key, form, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
        }
    }

    /** Reads the tab-separated files, by header name. */
    static final class Table {
        interface RowHandler {
            void row(Map<String, String> row, long line);
        }

        static void read(Path file, List<String> required, RowHandler handler) throws IOException {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = in.readLine();
                List<String> columns = header == null ? List.of() : List.of(header.split("\t", -1));
                List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
                if (!missing.isEmpty()) {
                    throw new NewsGraphException(file + " lacks the column(s) " + String.join(", ", missing)
                            + ": its first line must name the columns, tab-separated");
                }
                String line;
                long number = 1;
                while ((line = in.readLine()) != null) {
                    number++;
                    if (!line.isBlank()) {
                        handler.row(cells(columns, line.split("\t", -1)), number);
                    }
                }
            }
        }

        private static Map<String, String> cells(List<String> columns, String[] cells) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), i < cells.length ? cells[i] : "");
            }
            return row;
        }

        static List<String> list(String cell) {
            return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        static String clean(String s) {
            return s.replace('\t', ' ').replace('\n', ' ');
        }
    }
}
