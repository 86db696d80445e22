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
 * @param item         the QID of the Wikidata position item it is ("Q1829500"), or null when not known
 */
public record Position(Entity holder, String title, Entity jurisdiction, Entity country, Evidence evidence,
                       String item) {
    public Position {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A position not linked to a Wikidata position item. */
    public Position(Entity holder, String title, Entity jurisdiction, Entity country, Evidence evidence) {
        this(holder, title, jurisdiction, country, evidence, null);
    }

    /** The same statement about another holder, as the position item the holder's knowledge base names. */
    public Position relinked(Entity newHolder, String newItem) {
        return new Position(newHolder, title, jurisdiction, country, evidence, newItem);
    }
}
