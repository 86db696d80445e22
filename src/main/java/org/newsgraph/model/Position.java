package org.newsgraph.model;

import java.util.Objects;

/**
 * A source says that a person holds an office.
 *
 * @param holder       the person
 * @param title        the title as the text writes it ("Foreign Minister")
 * @param jurisdiction the country or organization the office serves, or null when the text does not say
 * @param country      the country the holder serves: the jurisdiction itself, or the country of the organization
 *                     (the White House serves the United States), or null
 * @param evidence     the span that states it
 */
public record Position(Entity holder, String title, Entity jurisdiction, Entity country, Evidence evidence) {
    public Position {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }
}
