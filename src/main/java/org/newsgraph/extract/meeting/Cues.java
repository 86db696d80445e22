package org.newsgraph.extract.meeting;

import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeetingStatus;

/** What the tree around a trigger says of its encounter: by phone, planned, called off. */
final class Cues {
    private static final Set<String> VERBLESS = Set.of("prep", "amod", "nmod", "compound", "pcomp");
    private static final Set<String> AHEAD = Set.of("forward", "ahead");
    private static final Set<String> PROPOSALS = Set.of("offer", "propose", "suggest", "urge", "demand", "request",
            "ask", "push", "press", "seek", "advocate");
    /** Prepositions that tell when something else was done: "agreed during the meeting" plans no meeting. */
    private static final Set<String> ADJUNCTS = Set.of("during", "at", "in", "after", "following", "on", "over",
            "before", "since", "throughout", "amid");
    /** Prepositions that tell when, wherever the parser hung them: "after talks", "during a call". */
    private static final Set<String> TEMPORAL = Set.of("during", "after", "following", "before");
    /** Present-tense encounters after these are still to come: "when the two leaders meet". */
    private static final Set<String> NOT_YET = Set.of("when", "once", "until", "before", "if", "whether");

    private Cues() {
    }

    /** Prepositions of an event in which a clause took place rather than one it asks for. */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("during", "in", "at", "after", "following");

    /**
     * "Offered to host talks", "urged a meeting", "called for talks": an encounter only asked for, not agreed.
     */
    static boolean onlyProposed(Tree t, int trigger) {
        for (int k = t.head(trigger), below = trigger; k >= 0; below = k, k = t.head(k)) {
            boolean call = t.lemma(k).equals("call") && t.children(k).stream().anyMatch(c -> t.lemma(c).equals("for"));
            if (PROPOSALS.contains(t.lemma(k)) || call) {
                return true;
            }
            if (finite(t, k) || t.is(below, "ccomp") || t.is(below, "prep") && SETTING_PREPOSITIONS.contains(
                    t.lemma(below))) {
                return false; // "urged B to act during a call": the call is where the urging happened
            }
        }
        return false;
    }

    /** "Spoke by phone", "a video call", "met virtually". */
    static boolean byCall(Tree t, int i) {
        for (int c : t.children(i)) {
            boolean cue = MeetingWords.CALL_CUES.contains(t.lemma(c));
            if (cue && (t.is(c, "compound") || t.is(c, "nmod") || t.is(c, "amod") || t.is(c, "advmod"))) {
                return true;
            }
            if (t.is(c, "prep") && Set.of("by", "over", "via", "on").contains(t.lemma(c))
                    && t.child(c, "pobj").filter(o -> MeetingWords.CALL_CUES.contains(t.lemma(o))
                    || t.children(o, Set.of("compound", "nmod")).stream()
                    .anyMatch(m -> MeetingWords.CALL_CUES.contains(t.lemma(m)))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The verb of the clause the word is in (a verb that heads a clause, not "following" as a preposition). */
    static int clauseOf(Tree t, int i) {
        for (int k = i; k >= 0; k = t.head(k)) {
            if (MeetingWords.isVerb(t, k) && !VERBLESS.contains(t.relation(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Planned, called off or happened, from the words above the trigger up to the first verb with a subject of
     * its own: a modal ("will meet"), a word of intent ("agreed to meet", "planning for a call", "looked forward
     * to seeing"), "is to meet", an encounter still to come after "when", an adjective ("the upcoming visit").
     */
    static MeetingStatus status(Tree t, int trigger) {
        boolean complement;
        boolean setting = false;
        for (int k = trigger, below = -1; k >= 0; below = k, k = t.head(k)) {
            String lemma = t.lemma(k);
            // "agreed during the meeting" plans nothing; "interest in meeting", "agreed to meet" plan it
            boolean adjunct = below >= 0 && t.is(below, "prep") && (ADJUNCTS.contains(t.lemma(below))
                    && MeetingWords.isVerb(t, k) || TEMPORAL.contains(t.lemma(below)));
            setting |= adjunct;
            // "agreed ... and met", "agreed, holding talks": a verb beside the plan, not under it
            boolean beside = below >= 0 && (t.is(below, "conj") || t.is(below, "advcl"));
            complement = below >= 0 && !adjunct && !beside && !setting;
            if ((MeetingWords.CANCEL_WORDS.contains(lemma) || calledOff(t, k)) && (below < 0 || complement)) {
                return MeetingStatus.CANCELLED;
            }
            if (plans(t, k, complement)) {
                return MeetingStatus.PLANNED;
            }
            if (below >= 0 && finite(t, k) || t.is(k, "ccomp") || t.is(k, "relcl")) {
                break;
            }
        }
        return MeetingStatus.HAPPENED;
    }

    /** Whether word {@code k} makes a plan of what lies below it ({@code complement}: reached as its object). */
    private static boolean plans(Tree t, int k, boolean complement) {
        String lemma = t.lemma(k);
        boolean look = lemma.equals("look") && t.children(k).stream().anyMatch(c -> AHEAD.contains(t.lemma(c)));
        boolean intent = complement && MeetingWords.PLAN_WORDS.contains(lemma) && !lemma.equals("next");
        boolean modal = t.children(k, Set.of("aux")).stream().anyMatch(a -> MeetingWords.MODALS.contains(t.lemma(a))
                || MeetingWords.MODALS.contains(t.token(a).text().toLowerCase(java.util.Locale.ROOT)));
        boolean beTo = lemma.equals("be") && t.children(k, Set.of("xcomp")).stream()
                .anyMatch(x -> t.children(x, Set.of("aux")).stream().anyMatch(a -> t.lemma(a).equals("to")));
        boolean upcoming = t.children(k, Set.of("amod", "nmod", "advmod", "poss")).stream()
                .anyMatch(m -> Set.of("upcoming", "forthcoming", "planned", "proposed", "future", "next",
                        "scheduled", "possible", "potential", "prospective").contains(t.lemma(m))
                        || t.children(m, Set.of("nmod", "amod")).stream().anyMatch(x -> t.lemma(x).equals("next")));
        boolean forTo = t.children(k, Set.of("mark")).stream().anyMatch(m -> t.lemma(m).equals("for"))
                && t.children(k, Set.of("aux")).stream().anyMatch(a -> t.lemma(a).equals("to")); // "for A to visit"
        return look || intent || modal || beTo || upcoming || forTo || stillToCome(t, k);
    }

    /** "When the leaders meet": a verb in the present after "when", "once" or "until". */
    private static boolean stillToCome(Tree t, int k) {
        String tag = t.token(k).tag();
        return (tag.equals("VBP") || tag.equals("VBZ")) && t.children(k, Set.of("mark", "advmod")).stream()
                .anyMatch(m -> NOT_YET.contains(t.lemma(m)));
    }

    /** "The meeting was called off". */
    private static boolean calledOff(Tree t, int k) {
        return t.lemma(k).equals("call") && t.children(k, Set.of("prt")).stream()
                .anyMatch(p -> t.lemma(p).equals("off"));
    }

    /** A verb that heads a clause of its own: it has a subject and is no infinitive. */
    static boolean finite(Tree t, int k) {
        boolean infinitive = t.children(k, Set.of("aux")).stream().anyMatch(a -> t.lemma(a).equals("to"));
        return MeetingWords.isVerb(t, k) && t.nearestSubject(k).isPresent() && !infinitive || t.head(k) < 0;
    }
}
