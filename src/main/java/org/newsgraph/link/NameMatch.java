package org.newsgraph.link;

import java.util.List;

/**
 * A knowledge-base name found in a sequence of words.
 *
 * @param start      index of the first word
 * @param end        index after the last word
 * @param candidates every entry that carries this name, with how it carries it (one name may denote a city and
 *                   a government, or two people): the caller chooses by context
 */
public record NameMatch(int start, int end, List<Candidate> candidates) {
    public NameMatch {
        candidates = List.copyOf(candidates);
    }

    /** One reading of a matched name. {@code ambiguous} marks names that also denote things outside the base. */
    public record Candidate(KbEntry entry, NameKind kind, boolean ambiguous) {
    }
}
