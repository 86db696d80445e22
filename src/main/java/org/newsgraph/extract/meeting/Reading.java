package org.newsgraph.extract.meeting;

import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.Rule;

/**
 * What one trigger word states before place, date and status are read: who acted ({@code subject}), whom they
 * met (each group of {@code partners} apart: "with A on Monday and with B on Tuesday"), who received the others,
 * and the places visited, each a visit of its own.
 *
 * @param trigger      the word that states the encounter
 * @param clause       the verb whose modifiers date, place and plan it (the trigger itself for a verb)
 * @param destinations the words naming the places visited
 * @param distinct     told as an encounter of its own ("also met", "received the two men"): never folded in
 */
record Reading(int trigger, int clause, MeetingKind kind, Rule rule, List<Entity> subject,
               List<Sides.Group> partners, Entity host, List<Integer> destinations, boolean distinct) {
    Reading {
        subject = List.copyOf(subject);
        partners = List.copyOf(partners);
        destinations = List.copyOf(destinations);
    }

    Reading withKind(MeetingKind other) {
        return new Reading(trigger, clause, other, rule, subject, partners, host, destinations, distinct);
    }
}
