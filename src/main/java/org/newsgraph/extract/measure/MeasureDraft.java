package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.measure.MeasureTargets.Group;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Sanction;

/**
 * A measure as read so far: its imposers (none yet when its clause names none), the targets it names and the
 * groups it reaches, whose members a later list may name.
 *
 * @param imposers   the states or bodies taking it; empty until the article's lead imposer is known
 * @param announcers people who announce it for a state
 * @param named      targets named in its own clause
 * @param groups     unnamed groups it reaches
 * @param evidence   the sentence that states it
 */
record MeasureDraft(List<Entity> imposers, List<Entity> announcers, MeasureType type, MeasureStatus status,
                    PartialDate date, List<Entity> named, List<Group> groups, Evidence evidence) {
    MeasureDraft {
        imposers = List.copyOf(imposers);
        announcers = List.copyOf(announcers);
        named = List.copyOf(named);
        groups = List.copyOf(groups);
    }

    int sentence() {
        return evidence.sentenceIndex();
    }

    /** The same measure with one of its groups' members named (by a later list). */
    MeasureDraft withMembers(Group group, List<Entity> members) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(g.equals(group) ? new Group(g.sentence(), g.word(), Math.max(g.count(), 1), members, g.states())
                    : g);
        }
        return new MeasureDraft(imposers, announcers, type, status, date, named, out, evidence);
    }

    /** The draft with the lead's imposers; a step taken, not one only threatened or weighed, took the lead's day. */
    MeasureDraft withImposers(List<Entity> imposers, List<Entity> announcers, PartialDate date) {
        boolean taken = status == MeasureStatus.IMPOSED || status == MeasureStatus.LIFTED;
        return new MeasureDraft(imposers, announcers, type, status, this.date != null || !taken ? this.date : date,
                named, groups, evidence);
    }

    /** Every target: the named ones, the groups' members, and the states of groups not fully named. */
    List<Entity> targets() {
        return new MeasureTargets.Reach(named, groups).all().stream()
                .filter(e -> imposers.stream().noneMatch(i -> i.identity().equals(e.identity()))).toList();
    }

    Optional<Sanction> sanction() {
        List<Entity> targets = targets();
        if (imposers.isEmpty() || targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sanction(imposers, targets, announcers, type, status, date, List.of(evidence)));
    }
}
