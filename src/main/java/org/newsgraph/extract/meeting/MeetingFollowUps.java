package org.newsgraph.extract.meeting;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;

/**
 * Sentences that say more about a meeting told before them without being one: a delegation's members ("The
 * Kenyan team was headed by X and also took in Y"), or its cancellation ("That encounter was called off").
 */
final class MeetingFollowUps {
    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "meetings", "talks", "summit", "call",
            "encounter", "visit", "trip", "session", "sessions", "discussions");
    private static final Set<String> MEMBERSHIP = Set.of("led", "headed", "included", "includes", "include",
            "including", "comprised", "consisted");
    private static final Set<String> CANCEL = Set.of("cancel", "cancels", "cancelled", "canceled", "cancelling",
            "scrapped", "scraps", "scrap", "aborted");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "new",
            "fresh", "next");
    private static final Set<String> BACK_REFERENCES = Set.of("that", "the", "this", "it");

    private MeetingFollowUps() {
    }

    static boolean speaksOfMeeting(List<Word> words) {
        return words.stream().anyMatch(w -> MEETING_NOUNS.contains(Lexicon.lower(w.text())));
    }

    /** "Called off", "cancelled", "scrapped", "postponed indefinitely". */
    static boolean callsOff(List<Word> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = Lexicon.lower(words.get(k).text());
            if (CANCEL.contains(w)) {
                return true;
            }
            if (w.startsWith("call") && within(words, k, 3, "off")) {
                return true;
            }
            if (w.startsWith("postpone") && within(words, k, 2, "indefinitely")) {
                return true;
            }
        }
        return false;
    }

    /** The word "round" of "a fifth round", "another round", or -1. */
    static int nextRound(List<Word> words) {
        for (int k = 1; k < words.size(); k++) {
            String before = Lexicon.lower(words.get(k - 1).text());
            if (words.get(k).is("round") && (ORDINALS.contains(before) || before.equals("another"))) {
                return k;
            }
        }
        return -1;
    }

    /** "Two rounds of talks", "a first session": the meeting told is one of a series that may go on. */
    static boolean countsRounds(List<Word> words) {
        return words.stream().anyMatch(w -> w.is("round") || w.is("rounds") || w.is("session")
                || w.is("sessions"));
    }

    /** A sentence about a delegation's members: its people join the meeting told before. */
    static boolean namesDelegation(List<Word> words, ArticleContext ctx, int s) {
        boolean delegation = words.stream().anyMatch(w -> Lexicon.lower(w.text()).startsWith("delegation"));
        boolean members = words.stream().anyMatch(w -> MEMBERSHIP.contains(Lexicon.lower(w.text())));
        boolean people = ctx.mentions().get(s).stream().anyMatch(r -> r.entity().type() == EntityType.PERSON);
        return delegation && members && people;
    }

    /** "That encounter was called off": a cancellation whose subject points back to a meeting. */
    static boolean cancelsPrevious(List<Word> words) {
        if (words.size() < 3 || !callsOff(words)) {
            return false;
        }
        return BACK_REFERENCES.contains(Lexicon.lower(words.get(0).text()))
                && (words.get(0).is("it") || MEETING_NOUNS.contains(Lexicon.lower(words.get(1).text())));
    }

    private static boolean within(List<Word> words, int k, int reach, String word) {
        for (int j = k + 1; j < Math.min(words.size(), k + 1 + reach); j++) {
            if (words.get(j).is(word)) {
                return true;
            }
        }
        return false;
    }
}
