package org.newsgraph.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A position a person held, as Wikidata records it.
 *
 * @param title       the position's label ("Minister of Foreign Affairs"), or "" when Wikidata gives none
 * @param positionQid the position item ("Q1829500"), or null
 * @param countryQid  the state the position belongs to, or null for international bodies and territories
 * @param start       the first day held, or null when unknown (a year alone counts from its first day)
 * @param end         the last day held, or null when none is recorded (a year alone counts to its last day)
 */
public record Office(String title, String positionQid, String countryQid, LocalDate start, LocalDate end) {
    public Office {
        Objects.requireNonNull(title, "title");
    }

    /** Whether the office was held on the day: open ends count as held. */
    public boolean heldOn(LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }

    /** Whether the office was held at some time from {@code from} to {@code to}. */
    public boolean heldBetween(LocalDate from, LocalDate to) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }
}
