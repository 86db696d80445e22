package org.newsgraph.extract.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;

/**
 * Word patterns around a meeting word that say an encounter took place without the usual verbs: talks "held"
 * with a measure between ("held about an hour of bilateral talks"), time spent in someone's company ("began the
 * morning with X", "spent the day with X"), and a pair referred to as "the two men".
 */
final class MeetingPhrases {
    private static final Set<String> NOT_ENCOUNTERS = Set.of("interview", "press", "conference", "briefing",
            "speech", "address", "podcast");
    private static final Set<String> HOLD = Set.of("hold", "holds", "held", "holding", "have", "has", "had",
            "having");
    /** Words that may stand between "held" and "talks": "held about an hour of bilateral talks". */
    private static final Set<String> HELD_GAP = Set.of("about", "an", "a", "hour", "hours", "minutes", "of",
            "their", "his", "her", "its", "two", "three", "several", "more", "round", "rounds", "days");
    private static final Set<String> SPEND = Set.of("began", "begin", "begins", "started", "start", "starts",
            "spent", "spend", "spends", "ended", "ends", "opened", "opens", "closed");
    private static final Set<String> TIME_SPANS = Set.of("the", "a", "morning", "day", "evening", "afternoon",
            "night", "instead", "whole", "entire", "rest", "of", "hour", "hours", "his", "her", "an", "two");
    private static final Set<String> TIMES = Set.of("morning", "day", "evening", "afternoon", "night", "hour",
            "hours");
    private static final Set<String> PAIRS = Set.of("men", "leaders", "ministers", "women", "presidents",
            "diplomats", "officials", "sides", "envoys", "heads");

    private static final Set<String> INVITATIONS = Set.of("invitation", "invitations", "invited", "invite",
            "invites");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "\u2014", "(", ")");

    private static final Map<String, Integer> DAY_COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5);

    private static final Set<String> SESSION_COUNTS = Set.of("round", "rounds", "days", "session",
            "sessions");

    private MeetingPhrases() {
    }

    /**
     * Days the trigger's clause lies before the main one in "was a day after A had met B", "three days after
     * their talks"; 0 when the clause is not introduced so.
     */
    static int daysAfterClause(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(2, i - 16); k--) {
            boolean after = words.get(k).is("after");
            String unit = Lexicon.lower(words.get(k - 1).text());
            Integer count = DAY_COUNTS.get(Lexicon.lower(words.get(k - 2).text()));
            if (after && count != null && (count == 1 ? unit.equals("day") : unit.equals("days"))) {
                return count;
            }
        }
        return 0;
    }

    /** "Two rounds of talks", "four days of talks": talks that were held, counted. */
    static boolean countsSessions(Word w) {
        return SESSION_COUNTS.contains(Lexicon.lower(w.text()));
    }

    /** The index of "between" in "negotiations in Oslo between", after a place named with "in", or -1. */
    static int betweenAfterPlace(ArticleContext ctx, int s, int i) {
        List<Word> words = ctx.words().get(s);
        if (i + 3 >= words.size() || !words.get(i + 1).is("in")) {
            return -1;
        }
        Optional<Resolved> place = ctx.at(s, i + 2).filter(r -> r.entity().type() == EntityType.PLACE
                || r.entity().type() == EntityType.COUNTRY);
        int after = place.map(r -> r.mention().to()).orElse(-1);
        return after > 0 && after < words.size() && words.get(after).is("between") ? after : -1;
    }

    /** "Had met", "had briefly discussed": the trigger tells the background, not the story's present. */
    static boolean pastPerfect(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (words.get(k).is("had")) {
                return true;
            }
        }
        return false;
    }

    /** "Held talks", "had their first trilateral meeting", "held about an hour of talks" before word {@code i}. */
    static boolean heldBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
            Word w = words.get(k);
            if (HOLD.contains(Lexicon.lower(w.text()))) {
                return true;
            }
            // "holding their first trilateral meeting": taggers often call "first" an adverb
            boolean gap = w.pos().equals("ADJ") || w.pos().equals("DET") || w.pos().equals("NUM")
                    || w.pos().equals("ADV") || HELD_GAP.contains(Lexicon.lower(w.text()));
            if (!gap) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where "the two presidents" stands as the subject a few words before the trigger ("the two presidents also
     * agreed to meet"), or -1; a clause mark in between ends the search.
     */
    static int pairBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 9); k--) {
            if (CLAUSE_MARKS.contains(words.get(k).text())) {
                return -1;
            }
            if (k <= i - 3 && pairAt(words, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The word after "and with" in "met A on Monday, and with B" after the trigger at {@code i}: a second partner
     * met apart from the first, or -1. A relative clause or a new sentence part ends the search.
     */
    static int andWith(List<Word> words, int i) {
        for (int k = i + 2; k < words.size() - 1; k++) {
            Word w = words.get(k);
            if (w.is("with") && words.get(k - 1).is("and")) {
                return k + 1;
            }
            if (w.text().equals(";") || w.text().equals(":") || w.is("who") || w.is("whose") || w.is("which")) {
                return -1;
            }
        }
        return -1;
    }

    /** "During a video call", "in their meeting", "over a phone call": the talk word names when something was done. */
    static boolean duringBefore(List<Word> words, int i) {
        boolean determined = false;
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Word w = words.get(k);
            if (determined && (w.is("during") || w.is("in") || w.is("over"))) {
                return true;
            }
            determined |= w.pos().equals("DET") || w.is("their");
            boolean modifier = w.pos().equals("ADJ") || w.pos().equals("DET") || w.is("their")
                    || Set.of("phone", "telephone", "video").contains(Lexicon.lower(w.text()));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * The word after "for" in "an invitation ... for X to visit", the guest invited, or -1: the invitation word
     * must come before it in the sentence.
     */
    static int forGuest(List<Word> words, int i) {
        if (i < 3 || !words.get(i - 1).is("to")) {
            return -1;
        }
        for (int k = i - 2; k >= Math.max(1, i - 6); k--) {
            if (words.get(k).is("for")) {
                boolean invited = words.subList(0, k).stream().anyMatch(w -> INVITATIONS.contains(
                        Lexicon.lower(w.text())));
                return invited && k + 1 < i - 1 ? k + 1 : -1;
            }
            if (!words.get(k).isCapitalized() && !words.get(k).text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** The word after "with" in "began the morning with X", "spent the day instead with X", or -1. */
    static int companyOf(List<Word> words, int i) {
        if (!SPEND.contains(Lexicon.lower(words.get(i).text()))) {
            return -1;
        }
        boolean time = false;
        for (int k = i + 1; k < Math.min(words.size() - 1, i + 7); k++) {
            String w = Lexicon.lower(words.get(k).text());
            if (w.equals("with")) {
                return time ? k + 1 : -1;
            }
            time |= TIMES.contains(w);
            if (!TIME_SPANS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether "the two men" (or "the two leaders", "both sides") starts at word {@code k}. */
    static boolean pairAt(List<Word> words, int k) {
        return k >= 0 && k + 2 < words.size() && words.get(k).is("the") && words.get(k + 1).is("two")
                && PAIRS.contains(Lexicon.lower(words.get(k + 2).text()));
    }

    static boolean convenedMeeting(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
            String w = Lexicon.lower(words.get(k).text());
            if (w.equals("meeting") || w.equals("summit") || w.equals("talks")) {
                return true;
            }
        }
        return false;
    }

    static int skipLeadersFrom(List<Word> words, int k) {
        while (k < words.size() && Set.of("leaders", "heads", "of", "from", "state", "government", "the")
                .contains(Lexicon.lower(words.get(k).text()))) {
            k++;
        }
        return k;
    }

    /** A cabinet meeting, a press conference, an interview: no encounter between two sides. */
    static boolean isInternalOrMedia(List<Word> words, int i) {
        for (int k = Math.max(0, i - 3); k < Math.min(words.size(), i + 3); k++) {
            String w = Lexicon.lower(words.get(k).text());
            if (NOT_ENCOUNTERS.contains(w) || w.equals("cabinet")) {
                return true;
            }
        }
        return false;
    }

    /** A verb, or a word the tagger missed as one: lowercase and after no determiner ("welcomes" as PROPN). */
    static boolean verbLike(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.pos().startsWith("VERB") || w.pos().startsWith("AUX")) {
            return true;
        }
        boolean determined = i > 0 && Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that")
                .contains(Lexicon.lower(words.get(i - 1).text()));
        return !w.isCapitalized() && !determined && !w.pos().equals("ADP");
    }

    /** A cue near word {@code i} with no comma between: "during a video call on June 22, and met" met in person. */
    static boolean nearInClause(List<Word> words, int i, Set<String> cues) {
        for (int k = i - 1; k >= Math.max(0, i - 4) && !words.get(k).text().equals(","); k--) {
            if (cues.contains(Lexicon.lower(words.get(k).text()))) {
                return true;
            }
        }
        for (int k = i; k < Math.min(words.size(), i + 6) && !words.get(k).text().equals(","); k++) {
            if (cues.contains(Lexicon.lower(words.get(k).text()))) {
                return true;
            }
        }
        return false;
    }

    static boolean near(List<Word> words, int i, Set<String> cues) {
        for (int k = Math.max(0, i - 4); k < Math.min(words.size(), i + 6); k++) {
            if (cues.contains(Lexicon.lower(words.get(k).text()))) {
                return true;
            }
        }
        return false;
    }
}
