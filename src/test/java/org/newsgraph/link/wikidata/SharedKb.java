package org.newsgraph.link.wikidata;

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
 * Slices of {@code ../shared/kb} (test data outside the repository) as rows of its columns. Without the folder
 * the tests that need it are skipped, except on CI, where it must be there.
 */
public final class SharedKb {
    private SharedKb() {
    }

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
