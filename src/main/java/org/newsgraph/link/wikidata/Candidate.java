package org.newsgraph.link.wikidata;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.link.Office;

/**
 * A human Wikidata's search found under a name: what the linker weighs against the article.
 *
 * @param citizenships the countries of citizenship (P27)
 * @param offices      the positions held (P39), each with the country it applies to where the position says
 */
record Candidate(String qid, String label, Set<String> citizenships, List<Office> offices) {
    Candidate {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        citizenships = Set.copyOf(citizenships);
        offices = List.copyOf(offices);
    }

    /** Whether a citizenship or an office's country is one of these. */
    boolean belongsToAnyOf(Set<String> countries) {
        return citizenships.stream().anyMatch(countries::contains)
                || offices.stream().anyMatch(o -> o.countryQid() != null && countries.contains(o.countryQid()));
    }
}
