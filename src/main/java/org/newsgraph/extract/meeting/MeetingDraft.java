package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;

/**
 * A meeting while the article is being read: sentences further on may add participants (a delegation), a status
 * (called off) or evidence (the same encounter told again), so it stays open until the article ends.
 */
final class MeetingDraft {
    /** How far apart two days may lie for a date taken from the story to give way to a stated one. */
    private static final int NEAR_DAYS = 7;
    final Map<String, Entity> participants = new LinkedHashMap<>();
    final List<Evidence> evidence = new ArrayList<>();
    final int sentence;
    Entity host;
    MeetingKind kind;
    MeetingStatus status;
    PartialDate date;
    /** The date was not stated with this telling but taken from the story around it. */
    boolean dateGuessed;
    Entity place;
    String venue;
    /** Told as an encounter of its own ("also met", "later met separately"): never folded into another. */
    boolean distinct;
    /** Told as "bilateral": never the same encounter as one of three sides or more. */
    boolean twoSided;

    MeetingDraft(int sentence, MeetingKind kind, MeetingStatus status, List<Entity> participants, Evidence ev) {
        this.sentence = sentence;
        this.kind = kind;
        this.status = status;
        participants.forEach(this::addParticipant);
        evidence.add(ev);
    }

    /** The same encounter held again on another date ("in May and June"). */
    MeetingDraft copyAt(PartialDate other) {
        MeetingDraft copy = new MeetingDraft(sentence, kind, status, List.copyOf(participants.values()),
                evidence.get(0));
        copy.host = host;
        copy.place = place;
        copy.venue = venue;
        copy.date = other;
        copy.distinct = true;
        return copy;
    }

    void addParticipant(Entity e) {
        participants.putIfAbsent(e.identity(), e);
    }

    boolean onlyCollectives() {
        return participants.values().stream().allMatch(e -> e.type().isCollectiveActor());
    }

    /** Whether {@code later} tells this same encounter: one side a subset of the other, nothing in conflict. */
    boolean sameEncounterAs(MeetingDraft later) {
        if (kind == MeetingKind.VISIT && later.kind == MeetingKind.VISIT && sameTrip(later)) {
            return true;
        }
        boolean wider = participants.size() > 2 || later.participants.size() > 2;
        if (later.distinct || (twoSided || later.twoSided) && wider || later.status != status
                || !compatible(date, later.date) && !(guessedEither(later) && sameSides(later))
                || !compatible(placeKey(place), placeKey(later.place))) {
            return false;
        }
        if (onlyCollectives() != later.onlyCollectives()) {
            return place != null && later.place != null && kind == later.kind;
        }
        boolean subset = participants.keySet().containsAll(later.participants.keySet())
                || later.participants.keySet().containsAll(participants.keySet());
        // A meeting of two leaders told again as "a summit" is the same encounter.
        boolean summitOfTheSame = kind == MeetingKind.IN_PERSON && later.kind == MeetingKind.SUMMIT;
        // "opened talks during a video call": the talks were the call
        boolean byCall = kind == MeetingKind.IN_PERSON && later.kind == MeetingKind.CALL && sentence == later.sentence;
        return subset && (kind == later.kind || later.kind == MeetingKind.IN_PERSON || summitOfTheSame || byCall);
    }

    /**
     * "A visited Kyiv and urged B" told again as "A's visit to Ukraine": the same traveller at the same time, the
     * other side only the state gone to, its place a city of the country or the country itself.
     */
    private boolean sameTrip(MeetingDraft later) {
        String visitor = participants.keySet().iterator().next();
        boolean sameVisitor = visitor.equals(later.participants.keySet().iterator().next());
        boolean mineStates = participants.values().stream().skip(1).allMatch(e -> e.type().isCollectiveActor());
        boolean theirStates = later.participants.values().stream().skip(1).allMatch(e -> e.type().isCollectiveActor());
        // one telling names the person met, the other only the state; or both the same states
        boolean stateOnly = mineStates != theirStates || participants.keySet().equals(later.participants.keySet());
        boolean coarse = place == null || later.place == null || compatible(placeKey(place), placeKey(later.place))
                || place.type() == EntityType.COUNTRY || later.place.type() == EntityType.COUNTRY;
        boolean when = compatible(date, later.date) || dateGuessed || later.dateGuessed;
        return sameVisitor && stateOnly && coarse && when && status == later.status && !later.distinct;
    }

    /** The same sides told again: a date one telling only took from the story around gives way to the other's. */
    private boolean sameSides(MeetingDraft other) {
        return participants.keySet().equals(other.participants.keySet());
    }

    /**
     * One telling took its date from the story around it, and the other's lies close to it (the story's present
     * gives way to "on Wednesday", never to "last month"), or both took theirs from the story.
     */
    private boolean guessedEither(MeetingDraft other) {
        return dateGuessed && other.dateGuessed || (dateGuessed || other.dateGuessed) && near(date, other.date);
    }

    private static boolean near(PartialDate a, PartialDate b) {
        if (a == null || b == null || a.year() != b.year()) {
            return a == null || b == null;
        }
        if (a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY) {
            return Math.abs(java.time.LocalDate.of(a.year(), a.month(), a.day()).toEpochDay()
                    - java.time.LocalDate.of(b.year(), b.month(), b.day()).toEpochDay()) <= NEAR_DAYS;
        }
        return a.month() == b.month() || a.month() == 0 || b.month() == 0;
    }

    /** Takes in what another telling of this encounter adds. */
    void absorb(MeetingDraft other) {
        boolean mine = onlyCollectives();
        boolean theirs = other.onlyCollectives();
        if (mine && !theirs) {
            participants.clear();
        }
        if (mine || !theirs) {
            other.participants.values().forEach(this::addParticipant);
        }
        if (other.kind == MeetingKind.CALL && sentence == other.sentence) {
            kind = MeetingKind.CALL;
        }
        if (kind == MeetingKind.IN_PERSON && other.kind == MeetingKind.SUMMIT && sameSides(other)) {
            kind = MeetingKind.SUMMIT; // "will meet B" told again as "will hold a summit with B": a summit
        }
        host = host != null ? host : other.host;
        if (date == null || dateGuessed && other.date != null && !other.dateGuessed && sameSides(other)) {
            date = other.date;
            dateGuessed = other.dateGuessed;
        }
        place = place != null ? place : other.place;
        venue = venue != null ? venue : other.venue;
        evidence.addAll(other.evidence);
    }

    Meeting toMeeting() {
        return new Meeting(List.copyOf(participants.values()), host, kind, status, date, place, venue, evidence);
    }

    private static String placeKey(Entity e) {
        return e == null ? null : e.identity();
    }

    private static boolean compatible(Object a, Object b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
