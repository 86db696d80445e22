package org.newsgraph.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to export. With {@code from} or {@code to} set, only events whose start date falls in the range (both ends
 * inclusive) are drawn, and undated events are left out; a month- or year-only date counts when its period overlaps
 * the range.
 *
 * @param from first day, or null for no lower bound
 * @param to   last day, or null for no upper bound
 */
public record ExportRequest(ExportFormat format, GraphView view, LocalDate from, LocalDate to) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(view, "view");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range must not end before it starts, was " + from + " to " + to);
        }
    }

    public static ExportRequest of(ExportFormat format, GraphView view) {
        return new ExportRequest(format, view, null, null);
    }

    boolean filtersDates() {
        return from != null || to != null;
    }
}
