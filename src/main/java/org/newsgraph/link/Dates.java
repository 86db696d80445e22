package org.newsgraph.link;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wikidata's dates as the knowledge-base files write them: a day, or a year alone. */
final class Dates {
    /** Returned for a cell that is no date at all; compared by identity. */
    static final LocalDate INVALID = LocalDate.MIN;
    private static final Pattern DATE = Pattern.compile("(-?\\d{1,4})(?:-(\\d{2})-(\\d{2}))?");

    private Dates() {
    }

    /** The first day a cell can mean: a year counts from its first day. Null for an empty cell. */
    static LocalDate startOf(String cell) {
        return parse(cell, false);
    }

    /** The last day a cell can mean: a year counts to its last day. Null for an empty cell. */
    static LocalDate endOf(String cell) {
        return parse(cell, true);
    }

    private static LocalDate parse(String cell, boolean last) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return INVALID;
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return INVALID;
        }
    }
}
