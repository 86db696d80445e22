package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.EntityType;

class CorpusTest {
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            person("Q1", "Alma Verdi"), person("Q2", "Bruno Kessel"), person("Q3", "Carla Nunez"),
            country("Q10", "Freedonia", "Freedonian"), country("Q11", "Sylvania", "Sylvanian"),
            country("Q12", "Ruritania", "Ruritanian")));
    private static final Samples SAMPLES = new Samples(List.of(new Samples.Sample("Verdi visits Freedonia",
            List.of("Alma Verdi arrived in Freedonia on Monday for two days of talks.",
                    "Verdi said the Freedonian side had asked for the visit.",
                    "Officials from both governments were expected to sign a trade accord on the second day."),
            LocalDate.of(2025, 3, 4))));

    @TempDir
    Path dir;

    @Test
    void write_sameSeedTwice_writesTheSameArticles() throws IOException {
        Corpus.write(SAMPLES, KB, 5, 7, dir.resolve("one"));
        Corpus.write(SAMPLES, KB, 5, 7, dir.resolve("two"));
        for (String name : List.of("a000000.txt", "a000004.txt", "a000004.json")) {
            assertEquals(Files.readString(dir.resolve("one").resolve(name)),
                    Files.readString(dir.resolve("two").resolve(name)));
        }
    }

    @Test
    void write_eachArticle_holdsTwoHundredToAboutFourHundredWordsWithASidecarDate() throws IOException {
        Corpus corpus = Corpus.write(SAMPLES, KB, 10, 3, dir);
        for (int i = 0; i < 10; i++) {
            int words = Files.readString(Corpus.text(dir, i)).split("\\s+").length;
            assertTrue(words >= 200 && words <= 420, "article " + i + " has " + words + " words");
            String sidecar = Files.readString(dir.resolve(String.format("a%06d.json", i)));
            assertTrue(sidecar.matches(".*\"published\":\"202[345]-\\d\\d-\\d\\d\".*"), sidecar);
        }
        assertEquals(10, corpus.articles());
    }

    @Test
    void rename_fullNameAndSurname_becomeTheSameOtherPerson() {
        Renamer renamer = new Renamer(KB, "Alma Verdi went to Freedonia. Verdi met Freedonian officials.");
        String text = "Alma Verdi arrived in Freedonia. Verdi praised the Freedonian hosts.";
        String renamed = null;
        for (long seed = 0; seed < 20 && (renamed == null || renamed.contains("Verdi")); seed++) {
            renamed = renamer.rename(text, new SplittableRandom(seed));
        }
        assertFalse(renamed.contains("Verdi"), renamed);
        String full = renamed.substring(0, renamed.indexOf(" arrived"));
        String surname = full.substring(full.lastIndexOf(' ') + 1);
        assertTrue(renamed.contains(". " + surname + " praised"), renamed);
        String country = renamed.substring(renamed.indexOf("arrived in ") + 11, renamed.indexOf(". "));
        assertEquals(country + "n", renamed.substring(renamed.indexOf("the ") + 4, renamed.indexOf(" hosts")));
        assertNotEquals(text, renamed);
    }

    private static KbEntry person(String qid, String name) {
        return new KbEntry(qid, EntityType.PERSON, name, List.of(), List.of(), List.of(), List.of(), null, null,
                List.of());
    }

    private static KbEntry country(String qid, String name, String demonym) {
        return new KbEntry(qid, EntityType.COUNTRY, name, List.of(), List.of(demonym), List.of(), List.of(), qid,
                null, List.of());
    }
}
