package org.newsgraph.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a stored date stands for: one day for an {@code xsd:date}, a month for an {@code xsd:gYearMonth}, a
 * year for an {@code xsd:gYear}.
 */
record Period(LocalDate first, LocalDate last) {
    /** The period of a date's lexical form, or empty when it is none of the three forms. */
    static Optional<Period> parse(String lexical) {
        try {
            if (lexical.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(lexical);
                return Optional.of(new Period(d, d));
            }
            if (lexical.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(lexical);
                return Optional.of(new Period(m.atDay(1), m.atEndOfMonth()));
            }
            if (lexical.matches("\\d{4}")) {
                int y = Integer.parseInt(lexical);
                return Optional.of(new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether any day of this period lies in [from, to]; a null bound is open. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    Period span(Period other) {
        return new Period(first.isBefore(other.first) ? first : other.first,
                last.isAfter(other.last) ? last : other.last);
    }
}
