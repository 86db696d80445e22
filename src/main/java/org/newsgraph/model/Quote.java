package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation.
 *
 * @param speaker  who said it
 * @param text     the words inside the quotation marks
 * @param about    countries and organizations the quotation names
 * @param evidence the span of the quotation in the text
 */
public record Quote(Entity speaker, String text, List<Entity> about, Evidence evidence) {
    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        about = List.copyOf(about);
        Objects.requireNonNull(evidence, "evidence");
    }
}
