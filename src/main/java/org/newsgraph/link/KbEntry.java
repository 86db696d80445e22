package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.EntityType;

/**
 * One knowledge-base entry: a Wikidata item with the names news writes for it.
 *
 * @param qid       the Wikidata QID, or null for an entry kept for recognition only
 * @param type      person, country, organization or place
 * @param name      the label (as Wikidata gives it in English)
 * @param aliases   other names and abbreviations that denote it
 * @param demonyms  for countries, adjectives and demonyms ("Russian", "Emirati"); empty otherwise
 * @param metonyms  for countries, places that stand for the government ("Moscow", "the Kremlin")
 * @param ambiguous those of the names above that also denote something else and need context ("Georgia")
 * @param country   the QID of the country it belongs to or serves, or null
 * @param capital   for countries, the QID of the capital city, or null
 * @param roles     for people, the titles news gives them ("Foreign Minister"); empty otherwise
 */
public record KbEntry(String qid, EntityType type, String name, List<String> aliases, List<String> demonyms,
                      List<String> metonyms, List<String> ambiguous, String country, String capital,
                      List<String> roles) {
    public KbEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
        ambiguous = List.copyOf(ambiguous);
        roles = List.copyOf(roles);
    }
}
