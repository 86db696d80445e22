package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A diplomatic encounter: a meeting, talks, a call, a visit or a summit.
 *
 * @param participants who took part (people, or countries and organizations when only delegations are named)
 * @param host         the receiving side of a visit or reception, or null
 * @param kind         in person, call, summit or visit
 * @param status       happened, planned or cancelled
 * @param date         when, at the precision the text gives, or null
 * @param place        the city (the country when no city is named), or null
 * @param venue        a building or site named as the venue ("the Akasaka Palace"), or null
 * @param evidence     the sentences that state it
 */
public record Meeting(List<Entity> participants, Entity host, MeetingKind kind, MeetingStatus status,
                      PartialDate date, Entity place, String venue, List<Evidence> evidence) {
    public Meeting {
        participants = List.copyOf(participants);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (participants.isEmpty() || evidence.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs a participant and evidence");
        }
    }
}
