package org.newsgraph.link;

import java.util.List;
import java.util.Objects;

/**
 * A person of the office-holders' knowledge base.
 *
 * @param qid     the Wikidata item
 * @param label   the Wikidata label, as the graph names the person
 * @param offices every position held, with dates
 */
public record OfficeHolder(String qid, String label, List<Office> offices) {
    public OfficeHolder {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        offices = List.copyOf(offices);
    }
}
