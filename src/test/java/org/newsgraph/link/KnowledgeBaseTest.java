package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

class KnowledgeBaseTest {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void bundled_everyFile_loadsItsEntries() {
        Map<EntityType, Long> counts = new HashMap<>();
        kb.entries().forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        assertEquals(197L, counts.get(EntityType.COUNTRY), "countries");
        assertTrue(counts.get(EntityType.ORGANIZATION) >= 150, "organizations: " + counts);
        assertTrue(counts.get(EntityType.PERSON) >= 250, "people: " + counts);
        assertTrue(column("cities.tsv", "name").size() >= 197 + 60, "cities");
        int venues = column("venues.tsv", "name").size();
        assertTrue(venues >= 20 && venues <= 40, "venues: " + venues);
    }

    @Test
    void bundled_everyQid_isWellFormed() {
        List<String> bad = kb.entries().stream().filter(e -> e.qid() != null)
                .filter(e -> !QID.matcher(e.qid()).matches()).map(e -> e.name() + "=" + e.qid()).toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void bundled_noQid_appearsTwiceWithinOneType() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (KbEntry e : kb.entries()) {
            if (e.qid() != null && !seen.add(e.type() + " " + e.qid())) {
                twice.add(e.type() + " " + e.qid() + " (" + e.name() + ")");
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void bundled_everyCapital_isACityEntry() {
        Set<String> cities = column("cities.tsv", "qid");
        List<String> missing = kb.entries().stream().filter(e -> e.type() == EntityType.COUNTRY)
                .filter(e -> e.capital() != null && !cities.contains(e.capital()))
                .map(e -> e.name() + " -> " + e.capital()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void bundled_everyPersonCountry_isACountryEntry() {
        Set<String> countries = new HashSet<>();
        kb.entries().stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> countries.add(e.qid()));
        List<String> unknown = kb.entries().stream().filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> e.country() != null && !countries.contains(e.country()))
                .map(e -> e.name() + " -> " + e.country()).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void bundled_sharedName_isMarkedAmbiguousInEveryEntry() {
        Map<String, List<KbEntry>> byForm = new HashMap<>();
        for (KbEntry e : kb.entries()) {
            for (String form : forms(e)) {
                byForm.computeIfAbsent(e.type() + " " + form, k -> new ArrayList<>()).add(e);
            }
        }
        List<String> clashes = new ArrayList<>();
        byForm.forEach((key, owners) -> {
            String form = key.substring(key.indexOf(' ') + 1);
            if (owners.size() > 1 && owners.stream().anyMatch(e -> !e.ambiguous().contains(form))) {
                clashes.add(key + ": " + owners.stream().map(KbEntry::name).toList());
            }
        });
        assertEquals(List.of(), clashes);
    }

    @Test
    void bundled_ambiguousNames_areNamesOfTheirOwnEntry() {
        List<String> stray = new ArrayList<>();
        for (KbEntry e : kb.entries()) {
            Set<String> forms = forms(e);
            e.ambiguous().stream().filter(a -> !forms.contains(a)).forEach(a -> stray.add(e.name() + ": " + a));
        }
        assertEquals(List.of(), stray);
    }

    @Test
    void bundled_northKorea_isTheNorthOnlyWithContext() {
        KbEntry northKorea = kb.byQid("Q423").orElseThrow();
        assertTrue(northKorea.metonyms().contains("the North"));
        assertTrue(northKorea.ambiguous().contains("the North"));
        assertEquals("Q18808", northKorea.capital());
    }

    @Test
    void bundled_whiteHouse_isAnOrganizationNotAMetonym() {
        assertEquals(EntityType.ORGANIZATION, kb.byQid("Q35525").orElseThrow().type());
        assertTrue(kb.entries().stream().noneMatch(e -> e.metonyms().contains("White House")));
    }

    /** Every surface form of one entry, each once, so an entry never clashes with itself. */
    private static Set<String> forms(KbEntry e) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(e.name());
        forms.addAll(e.aliases());
        forms.addAll(e.demonyms());
        forms.addAll(e.metonyms());
        return forms;
    }

    /** The non-empty values of one column of a bundled file; the loader does not say which file an entry came from. */
    static Set<String> column(String file, String column) {
        try (InputStream in = KnowledgeBaseTest.class.getResourceAsStream("/kb/" + file)) {
            assertTrue(in != null, "missing resource " + file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int index = List.of(reader.readLine().split("\t", -1)).indexOf(column);
            Set<String> values = new LinkedHashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && !line.split("\t", -1)[index].isBlank()) {
                    values.add(line.split("\t", -1)[index].strip());
                }
            }
            return values;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
