package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

/**
 * Checks every bundled entry the shared reference tables also cover (same QID, or same normalized name) against
 * them. The tables are test data outside the repository, so without them the test is skipped, except on CI.
 */
class KnowledgeBaseReferenceTest {

    @Test
    void bundled_entriesTheReferenceCovers_agreeWithIt() throws IOException {
        Path reference = referenceDir();
        KnowledgeBase kb = KnowledgeBase.bundled();
        Set<String> cityNames = KnowledgeBaseTest.column("cities.tsv", "name");
        List<String> disagreements = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (KbEntry e : kb.entries()) {
            String file = fileOf(e, cityNames);
            ReferenceTable table = ReferenceTable.read(reference, referenceFileFor(file));
            List<String> found = new ArrayList<>();
            boolean covered = check(e, table, found);
            found.forEach(d -> disagreements.add(file + ": " + e.name() + " (" + e.qid() + "): " + d));
            counts.computeIfAbsent(file, f -> new int[2])[covered && found.isEmpty() ? 0 : 1]++;
        }
        counts.forEach((file, c) -> System.err.printf("%s: %d verified against the reference, %d not%n",
                file, c[0], c[1]));
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements with the reference:\n"
                + String.join("\n", disagreements));
    }

    @Test
    void normalize_dotsCommasAndAccents_areIgnored() {
        assertTrue(ReferenceTable.normalize("Washington, D.C.").equals(ReferenceTable.normalize("Washington DC")));
        assertTrue(ReferenceTable.normalize("Türkiye").equals("turkiye"));
    }

    /** True when the reference covers the entry; adds every disagreement it finds to {@code found}. */
    private static boolean check(KbEntry e, ReferenceTable table, List<String> found) {
        Set<String> ours = new LinkedHashSet<>();
        ours.add(ReferenceTable.normalize(e.name()));
        e.aliases().forEach(a -> ours.add(ReferenceTable.normalize(a)));
        boolean covered = false;
        if (e.qid() != null && !table.withQid(e.qid()).isEmpty()) {
            covered = true;
            List<ReferenceTable.Row> rows = table.withQid(e.qid());
            if (rows.stream().noneMatch(r -> r.names().stream().anyMatch(ours::contains))) {
                found.add("the reference names " + e.qid() + " " + rows.get(0).names() + ", none of our names");
            }
        }
        for (String name : ours) {
            Set<String> refQids = new LinkedHashSet<>();
            table.withName(name).stream().map(ReferenceTable.Row::qid).filter(Objects::nonNull).forEach(refQids::add);
            if (!refQids.isEmpty()) {
                covered = true;
                if (!refQids.contains(e.qid())) {
                    found.add("the reference gives \"" + name + "\" " + refQids + ", we give " + e.qid());
                }
            }
        }
        return covered;
    }

    private static String fileOf(KbEntry e, Set<String> cityNames) {
        return switch (e.type()) {
            case COUNTRY -> "countries.tsv";
            case ORGANIZATION -> "organizations.tsv";
            case PERSON -> "people.tsv";
            case PLACE -> cityNames.contains(e.name()) ? "cities.tsv" : "venues.tsv";
        };
    }

    /** Venues have no table of their own; checking them against the cities catches a venue holding a city's QID. */
    private static String referenceFileFor(String file) {
        return file.equals("venues.tsv") ? "cities.tsv" : file;
    }

    private static Path referenceDir() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        Path shared = Path.of(System.getProperty("newsgraph.shared", Path.of(base, "..", "shared").toString()));
        Path reference = shared.resolve("reference").normalize();
        if (!Files.isRegularFile(reference.resolve("countries.tsv"))) {
            String message = "reference tables not found in " + reference
                    + " (set -Dnewsgraph.shared=DIR to the shared folder)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return reference;
    }
}
