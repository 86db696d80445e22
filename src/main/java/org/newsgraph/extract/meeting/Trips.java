package org.newsgraph.extract.meeting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.PartialDate;

/**
 * A trip told once ("will travel to A, B and C March 26-27") dates the meetings its traveller holds on it, told
 * in later sentences without a date of their own ("While in A, she will meet B").
 */
final class Trips {
    private Trips() {
    }

    /** Who spent a stretch of days on encounters, and the month they fall in. */
    record Span(int sentence, Entity traveller, PartialDate month) {
    }

    /**
     * "Wrapped up a week of engagements in New York", "ended a three-day visit": the traveller's encounters of
     * those days; empty when the sentence tells no such stretch.
     */
    static Optional<Span> span(int s, Tree t, Sides sides, PartialDate when) {
        for (int k = 0; k < t.size(); k++) {
            boolean stretch = t.lemma(k).equals("week") || t.lemma(k).equals("day") && t.token(k).tag().equals("NNS");
            boolean ofEvents = t.prepositionObjects(k, Set.of("of")).stream()
                    .anyMatch(o -> MeetingWords.EVENT_NOUNS.contains(MeetingWords.lemma(t, o)));
            int verb = Cues.clauseOf(t, k);
            if (stretch && ofEvents && verb >= 0 && when != null) {
                Optional<Entity> who = sides.subjectOf(s, t, verb).entities().stream().findFirst();
                if (who.isPresent()) {
                    return Optional.of(new Span(s, who.get(), MeetingTiming.month(when)));
                }
            }
        }
        return Optional.empty();
    }

    /** Encounters of a stretch's traveller told later without a day of their own fall in its month. */
    static void carrySpans(List<MeetingDraft> drafts, List<Span> spans) {
        for (Span span : spans) {
            for (MeetingDraft d : drafts) {
                boolean undated = d.date == null || d.dateGuessed;
                if (d.sentence > span.sentence() && undated && d.participants.containsKey(span.traveller().identity())) {
                    d.date = span.month();
                    d.dateGuessed = false;
                }
            }
        }
    }

    static void carryDates(List<MeetingDraft> drafts) {
        for (MeetingDraft trip : drafts) {
            if (trip.kind != MeetingKind.VISIT || trip.date == null || trip.dateGuessed) {
                continue;
            }
            String traveller = trip.participants.keySet().iterator().next();
            for (MeetingDraft d : drafts) {
                boolean undated = d.date == null || d.dateGuessed;
                if (d.sentence > trip.sentence && undated && d.status == trip.status
                        && d.participants.containsKey(traveller)) {
                    d.date = trip.date;
                    d.dateGuessed = false;
                }
            }
        }
    }
}
