package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which people the office-holders' linker knows: the ones never worth asking Wikidata's search about. */
class OfficeHolderLinkerKnowsTest {
    @TempDir
    Path dir;

    private PersonLinker linker() throws IOException {
        Path tsv = Files.writeString(dir.resolve("kb.tsv"), "wikidata_qid\tname\tposition\tposition_qid"
                + "\tcountry_qid\tstart\tend\n"
                + "Q317373\tAbdul Rahim Wardak\tAfghan Minister of Defense\tQ112999440\tQ889\t2004-12-23\t2012-08-07\n"
                + "Q90000002\tWang Yi\tMinister of Foreign Affairs\tQ1\tQ148\t2013\t\n"
                + "Q90000003\tWang Yi\tMember of the National People's Congress\tQ2\tQ148\t2008\t\n");
        OfficeHoldersBuilder.build(tsv, null, dir.resolve("kb"));
        return PersonLinker.of(OfficeHolders.load(dir.resolve("kb")));
    }

    private static PersonLinker.Person named(String... names) {
        return new PersonLinker.Person(List.of(names), List.of(), Set.of(), null);
    }

    @Test
    void knows_anAmbiguousWholeNameItLeavesUnlinked() throws IOException {
        PersonLinker kb = linker();
        assertEquals(Optional.empty(), kb.link(named("Wang Yi")));
        assertTrue(kb.knows(named("Wang Yi")));
    }

    @Test
    void knows_aVariantOfAName_butNotAStrangerWhoSharesOnlyTheSurname() throws IOException {
        PersonLinker kb = linker();
        assertTrue(kb.knows(named("Abdul Wardak")), "first and last word of a longer name");
        assertFalse(kb.knows(named("Mohammad Wardak")));
        assertFalse(kb.knows(named("Nadia Exemple")));
        assertFalse(PersonLinker.NONE.knows(named("Wang Yi")));
    }
}
