package org.newsgraph.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to export. With {@code from} or {@code to} set, only events whose start date falls in the range (both ends
 * inclusive) are drawn, and undated events are left out; a month- or year-only date counts when its period overlaps
 * the range. Actors that take part in no drawn event are left out unless {@code isolated} asks for them, since a
 * picture of a network is mostly a strip of lone names otherwise.
 *
 * @param from     first day, or null for no lower bound
 * @param to       last day, or null for no upper bound
 * @param isolated whether actors without a drawn tie or event are written too
 */
public record ExportRequest(ExportFormat format, GraphView view, LocalDate from, LocalDate to, boolean isolated) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(view, "view");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range must not end before it starts, was " + from + " to " + to);
        }
    }

    /** The whole store in one view, without isolated actors. */
    public static ExportRequest of(ExportFormat format, GraphView view) {
        return new ExportRequest(format, view, null, null, false);
    }

    boolean filtersDates() {
        return from != null || to != null;
    }
}
