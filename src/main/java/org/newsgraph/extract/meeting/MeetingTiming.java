package org.newsgraph.extract.meeting;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;

/** When a meeting took place, and whether it did: from the words around its trigger and the story's dates. */
final class MeetingTiming {
    private static final Set<String> PLAN_CUES = Set.of("will", "'ll", "\u2019ll", "would", "shall", "could",
            "plan", "plans", "planned", "planning", "expect", "expects", "expected", "due", "scheduled", "slated",
            "intend", "intends", "hope", "hopes", "want", "wants", "interest", "desire", "invited", "invite",
            "set", "going", "upcoming", "next", "agreed", "proposed", "may", "might", "invitation", "invitations");

    private final ArticleContext ctx;
    private final Narration narration;

    MeetingTiming(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /**
     * The date in the trigger's clause, else the paragraph's last date, else, for an encounter told in the simple
     * past, the story's day. "Two days after A and B met" is counted back from the story's day.
     */
    PartialDate dateOf(int s, int i, MeetingStatus status) {
        List<Word> words = ctx.words().get(s);
        int daysBefore = MeetingPhrases.daysAfterClause(words, i);
        PartialDate present = narration.storyDay();
        if (daysBefore > 0 && present != null && present.precision() == PartialDate.Precision.DAY) {
            return PartialDate.of(java.time.LocalDate.of(present.year(), present.month(), present.day())
                    .minusDays(daysBefore));
        }
        PartialDate nearest = narration.encounterDateOf(s, words.get(i).start());
        PartialDate stated = inClause(s, i).filter(c -> !inClauseDates(s, i).contains(nearest)).orElse(nearest);
        if (status == MeetingStatus.PLANNED && !narration.hasDate(s) && stated != null && !ahead(stated)) {
            return null; // "met on Monday. They agreed to meet again": the plan is not dated by the paragraph
        }
        if (stated != null || status != MeetingStatus.HAPPENED || MeetingPhrases.pastPerfect(words, i)) {
            return stated;
        }
        return present;
    }

    /**
     * The date nearest the trigger between the commas around it: "a call on June 22, and met in Brussels on
     * Sept. 19" met on Sept. 19, though June 22 stands closer.
     */
    private java.util.Optional<PartialDate> inClause(int s, int i) {
        int at = ctx.words().get(s).get(i).start();
        return clauseDates(s, i).stream().min(java.util.Comparator.comparingInt(d -> Math.abs(d.start() - at)))
                .map(DateMention::date);
    }

    private List<PartialDate> inClauseDates(int s, int i) {
        return clauseDates(s, i).stream().map(DateMention::date).toList();
    }

    private List<DateMention> clauseDates(int s, int i) {
        List<Word> words = ctx.words().get(s);
        int from = i;
        while (from > 0 && !words.get(from - 1).text().equals(",")) {
            from--;
        }
        int to = i;
        while (to < words.size() - 1 && !words.get(to + 1).text().equals(",")) {
            to++;
        }
        int start = words.get(from).start();
        int end = words.get(to).end();
        return narration.dates(s).stream().filter(d -> d.start() >= start && d.end() <= end)
                .filter(d -> !narration.isSince(d)).toList();
    }

    /** Planned when a modal or a word of intent stands between the subject and the trigger. */
    MeetingStatus status(int s, int i, List<Resolved> subject, boolean visitTo) {
        List<Word> words = ctx.words().get(s);
        if (MeetingFollowUps.callsOff(words)) {
            return MeetingStatus.CANCELLED;
        }
        int from = subject.stream().mapToInt(r -> r.mention().to()).max().orElse(Math.max(0, i - 6));
        from = Math.max(from, i - 8);
        for (int k = from; k < i; k++) {
            // "agreed to meet" plans; "agreed on a migration plan during a call" tells what was done
            boolean agreedOn = (words.get(k).is("agreed") || words.get(k).is("plan") || words.get(k).is("plans"))
                    && !words.get(k + 1).is("to");
            if (PLAN_CUES.contains(Lexicon.lower(words.get(k).text())) && !agreedOn) {
                return MeetingStatus.PLANNED;
            }
        }
        // "had been to see X" went and saw X; "for X to visit" is still to come
        boolean been = i > 1 && words.get(i - 2).is("been");
        boolean infinitive = i > 0 && words.get(i - 1).is("to") && !visitTo && !been
                || MeetingPhrases.forGuest(words, i) >= 0;
        infinitive |= presentAfterWhen(words, i) || plannedAfter(words, i);
        PartialDate when = narration.dateOf(s, words.get(i).start(), false);
        return infinitive || ahead(when) ? MeetingStatus.PLANNED : MeetingStatus.HAPPENED;
    }

    /** Whether a date to the day or month lies after publication. */
    private boolean ahead(PartialDate when) {
        return when != null && narration.published() != null && when.precision() != PartialDate.Precision.YEAR
                && when.toString().compareTo(narration.published().toString()) > 0;
    }

    /** "X's first visit to Y is planned for March": the event named, then said to be ahead in the same clause. */
    private static boolean plannedAfter(List<Word> words, int i) {
        for (int k = i + 1; k + 1 < words.size() && k <= i + 10; k++) {
            String w = Lexicon.lower(words.get(k).text());
            if (Set.of(",", ";", ".", "and", "but").contains(w)) {
                return false;
            }
            if ((w.equals("is") || w.equals("are")) && Set.of("planned", "expected", "scheduled", "due", "set",
                    "slated").contains(Lexicon.lower(words.get(k + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** "When the two leaders meet": a present tense after "when" or "once" tells what is still to come. */
    private static boolean presentAfterWhen(List<Word> words, int i) {
        if (!words.get(i).is("meet") && !words.get(i).is("meets")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (words.get(k).is("when") || words.get(k).is("once") || words.get(k).is("until")) {
                return true;
            }
        }
        return false;
    }
}
