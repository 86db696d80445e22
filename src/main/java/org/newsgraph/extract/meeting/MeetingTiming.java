package org.newsgraph.extract.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;

/**
 * When an encounter took place: a date in its own clause (or inside the event noun's phrase), else the nearest
 * the sentence or its paragraph states, else, for one told in the simple past, the day the story tells of.
 */
final class MeetingTiming {
    private static final Map<String, Integer> DAY_COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5);

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "\\s*(?:[-\u2013]|to\\b|through\\b|until\\b)\\s*\\d{1,2}\\b");

    private final Narration narration;
    private final String text;

    MeetingTiming(Narration narration, String text) {
        this.narration = narration;
        this.text = text;
    }

    /** A date, and whether the sentence stated it or it was taken from the story around. */
    record Dated(PartialDate date, boolean guessed) {
    }

    Dated dateOf(int s, Tree t, Reading r, MeetingStatus status) {
        int daysBefore = daysAfter(t, r.clause());
        PartialDate present = narration.storyDay();
        if (daysBefore > 0 && present != null && present.precision() == PartialDate.Precision.DAY) {
            return new Dated(PartialDate.of(LocalDate.of(present.year(), present.month(), present.day())
                    .minusDays(daysBefore)), false); // "a day after A and B held talks"
        }
        int at = t.token(r.trigger()).start();
        Optional<DateMention> own = ownDates(s, t, r).stream().min(Comparator.comparingInt(d -> Math.abs(d.start() - at)));
        Optional<PartialDate> week = weekOf(t, r);
        PartialDate stated = own.map(d -> status == MeetingStatus.PLANNED && isRange(d) ? month(d.date()) : d.date())
                .or(() -> week).orElseGet(() -> narration.encounterDateOf(s, at));
        boolean guessed = !narration.hasDate(s) && week.isEmpty();
        if (status == MeetingStatus.PLANNED && guessed && stated != null && !isAhead(stated)) {
            return new Dated(null, false); // "met on Monday. They agreed to meet again": not dated by the paragraph
        }
        boolean background = r.clause() >= 0 && t.auxiliaries(r.clause()).contains("have")
                && t.token(r.clause()).tag().equals("VBN") && t.children(r.clause(), Set.of("aux")).stream()
                .anyMatch(a -> t.token(a).tag().equals("VBD"));
        if (stated != null || status != MeetingStatus.HAPPENED || background) {
            return new Dated(stated, guessed && stated != null);
        }
        return new Dated(present, present != null);
    }

    /** The first date stated after word {@code from}: "with A on Tuesday and with B on Wednesday". */
    Optional<PartialDate> after(int s, Tree t, int from) {
        int at = t.token(from).start();
        return narration.dates(s).stream().filter(d -> d.start() > at).findFirst().map(DateMention::date);
    }

    /** "Next week's meeting", "later this week": a week names no day, so its month. */
    private Optional<PartialDate> weekOf(Tree t, Reading r) {
        LocalDate published = narration.published();
        for (int k = 0; k < t.size() && published != null; k++) {
            boolean mine = t.dominates(r.trigger(), k) || r.clause() >= 0 && Cues.clauseOf(t, k) == r.clause();
            if (!t.lemma(k).equals("week") || !mine) {
                continue;
            }
            List<String> modifiers = t.children(k).stream().map(t::lemma).toList();
            if (modifiers.contains("next") || modifiers.contains("coming")) {
                return Optional.of(month(PartialDate.of(published.plusDays(7))));
            }
            if (modifiers.contains("this")) {
                return Optional.of(month(PartialDate.of(published)));
            }
        }
        return Optional.empty();
    }

    /** "March 26-27", "from April 17 to 19": a stretch of days, which a plan gives as its month. */
    boolean isRange(DateMention d) {
        String after = text.substring(d.end(), Math.min(text.length(), d.end() + 12));
        return RANGE.matcher(after).lookingAt();
    }

    static PartialDate month(PartialDate d) {
        return d.precision() == PartialDate.Precision.DAY ? new PartialDate(d.year(), d.month(), 0) : d;
    }

    /** Whether a day or month lies after publication. */
    boolean isAhead(PartialDate when) {
        return when != null && narration.published() != null && when.precision() != PartialDate.Precision.YEAR
                && when.toString().compareTo(narration.published().toString()) > 0;
    }

    /** Dates in the trigger's phrase or in its clause (not in a clause below it), none after "since". */
    private List<DateMention> ownDates(int s, Tree t, Reading r) {
        return narration.dates(s).stream().filter(d -> !narration.isSince(d) && !narration.isBackground(d)).filter(d -> {
            int k = tokenAt(t, d.start());
            return k >= 0 && (t.dominates(r.trigger(), k) || r.clause() >= 0 && Cues.clauseOf(t, k) == r.clause());
        }).toList();
    }

    /** Days counted back in "a day after A met B", "two days after their talks"; 0 otherwise. */
    private static int daysAfter(Tree t, int clause) {
        for (int k = clause; k >= 0; k = t.head(k)) {
            List<Integer> after = t.children(k, Set.of("mark", "prep")).stream()
                    .filter(c -> t.lemma(c).equals("after")).toList();
            for (int unit : t.children(k, Set.of("npadvmod"))) {
                boolean before = t.children(unit, Set.of("prep")).stream().anyMatch(p -> t.lemma(p).equals("after"));
                Integer count = countOf(t, unit);
                if (before && t.lemma(unit).equals("day") && count != null) {
                    return count; // "came a day after A and B held talks": the parser hangs "after" on "day"
                }
            }
            for (int a : after) {
                List<Integer> units = new java.util.ArrayList<>(t.children(a, Set.of("npadvmod", "advmod")));
                units.addAll(t.children(k, Set.of("npadvmod")));
                for (int unit : units) {
                    Integer count = countOf(t, unit);
                    if (t.lemma(unit).equals("day") && count != null) {
                        return count;
                    }
                }
            }
            if (t.is(k, "advcl") || t.is(k, "pcomp") || t.is(k, "pobj") || t.is(k, "prep")) {
                continue;
            }
            break;
        }
        return 0;
    }

    private static Integer countOf(Tree t, int unit) {
        return t.children(unit).stream().map(c -> DAY_COUNTS.get(t.lemma(c))).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static int tokenAt(Tree t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.token(k).start() <= offset && offset < t.token(k).end() || t.token(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }
}
