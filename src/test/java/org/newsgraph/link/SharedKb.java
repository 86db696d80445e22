package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Slices of the Wikidata office-holders' data in {@code ../shared/kb} (test input only, never committed): the rows
 * of some people, written to a file of the same columns for a build to read.
 */
public final class SharedKb {
    private SharedKb() {
    }

    /** The shared data folder; in CI it must be there, elsewhere a test without it is skipped. */
    public static Path folder() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        Path shared = Path.of(System.getProperty("newsgraph.shared", Path.of(base, "..", "shared").toString()));
        Path kb = shared.resolve("kb").normalize();
        if (!Files.isRegularFile(kb.resolve("officeholders.tsv"))) {
            String message = "office-holders data not found in " + kb + " (set -Dnewsgraph.shared=DIR)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return kb;
    }

    /** Writes the header and the rows of the people given of {@code file} (officeholders.tsv or aliases.tsv). */
    public static Path slice(String file, Set<String> qids, Path out) throws IOException {
        List<String> lines = Files.readAllLines(folder().resolve(file), StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        kept.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (qids.contains(line.substring(0, line.indexOf('\t')))) {
                kept.add(line);
            }
        }
        return Files.write(out, kept, StandardCharsets.UTF_8);
    }

    /** A knowledge base of the people given, built from both files into {@code dir}/kb. */
    public static OfficeHolders build(Set<String> qids, Path dir) throws IOException {
        Path offices = slice("officeholders.tsv", qids, dir.resolve("officeholders.tsv"));
        Path aliases = slice("aliases.tsv", qids, dir.resolve("aliases.tsv"));
        OfficeHoldersBuilder.build(offices, aliases, dir.resolve("kb"));
        return OfficeHolders.load(dir.resolve("kb"));
    }

    /** The rows of officeholders.tsv whose country_qid is one of {@code countries} ("" for none), by column. */
    public static List<Map<String, String>> offices(Set<String> countries, int perCountry) throws IOException {
        Map<String, Integer> taken = new HashMap<>();
        return rows("officeholders.tsv", r -> countries.contains(r.get("country_qid"))
                && taken.merge(r.get("country_qid"), 1, Integer::sum) <= perCountry);
    }

    /** The rows of aliases.tsv of these people. */
    public static List<Map<String, String>> aliases(Set<String> people) throws IOException {
        return rows("aliases.tsv", r -> people.contains(r.get("wikidata_qid")));
    }

    private static List<Map<String, String>> rows(String file, java.util.function.Predicate<Map<String, String>> keep)
            throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(folder().resolve(file), StandardCharsets.UTF_8)) {
            var it = lines.iterator();
            String[] header = it.next().split("\t", -1);
            while (it.hasNext()) {
                String[] cells = it.next().split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                if (keep.test(row)) {
                    out.add(row);
                }
            }
        }
        return out;
    }
}
