package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A punitive measure: sanctions, tariffs used as pressure, export controls, an asset freeze, a visa ban,
 * an embargo, an expulsion of diplomats or the closure of a consulate or embassy.
 *
 * @param imposers   the states or organizations taking it (a person only when the text names no state or body)
 * @param targets    whom it is against
 * @param announcers people who ordered or announced it, recorded apart from the imposers
 * @param measure    the type of measure
 * @param status     imposed, proposed, threatened, considered or lifted
 * @param date       when, at the precision the text gives, or null
 * @param evidence   the sentences that state it
 */
public record Sanction(List<Entity> imposers, List<Entity> targets, List<Entity> announcers, MeasureType measure,
                       MeasureStatus status, PartialDate date, List<Evidence> evidence) {
    public Sanction {
        imposers = List.copyOf(imposers);
        targets = List.copyOf(targets);
        announcers = List.copyOf(announcers);
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (imposers.isEmpty() || targets.isEmpty() || evidence.isEmpty()) {
            throw new IllegalArgumentException("a measure needs an imposer, a target and evidence");
        }
    }
}
