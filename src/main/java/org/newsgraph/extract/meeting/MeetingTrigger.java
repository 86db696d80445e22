package org.newsgraph.extract.meeting;

import java.util.List;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.model.Entity;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.Rule;

/** What a trigger word yields before place, date and status are read. */
record MeetingTrigger(MeetingKind kind, Rule rule, List<Resolved> subject, List<Resolved> partners, Entity host,
                      boolean visitTo, List<Entity> also) {
    MeetingTrigger(MeetingKind kind, Rule rule, List<Resolved> subject, List<Resolved> partners, Entity host,
                   boolean visitTo) {
        this(kind, rule, subject, partners, host, visitTo, List.of());
    }
}
