package org.newsgraph.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.model.Token;

/**
 * Which way in time a date expression points, read from the verb group nearest to it. Used to pick the year of a
 * date given without one and the week of a bare weekday.
 */
public enum Tense {
    PAST,
    /** Present narration, or no cue at all: no direction is preferred. */
    PRESENT,
    FUTURE;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "’ll", "shall", "wo", "next", "upcoming",
            "forthcoming", "scheduled", "slated", "might");
    /** Words that announce a plan when an infinitive follows: "plans to visit", "is set to meet". */
    private static final Set<String> PLANNING_BEFORE_TO = Set.of("plan", "plans", "planned", "planning", "expect",
            "expects", "expected", "intend", "intends", "intended", "agree", "agrees", "agreed", "decide", "decides",
            "decided", "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged",
            "hope", "hopes", "hoped", "aim", "aims", "aimed", "set", "going", "poised", "is", "are", "am",
            "was", "were", "be");
    private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "be", "'s", "'re", "’s", "’re");
    private static final Set<String> PRESENT_WORDS = Set.of("is", "are", "am", "says");
    /** Irregular past forms, for taggers that give no lemma; regular ones are caught by their -ed ending. */
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "ago", "said", "met", "told",
            "held", "spoke", "took", "made", "came", "went", "gave", "saw", "began", "left", "sent", "led", "won",
            "lost", "flew", "fled", "struck", "brought", "found", "became", "wrote", "got", "kept", "paid", "sought",
            "fought", "thought", "rose", "fell", "chose", "drew", "knew", "broke", "spent", "stood", "withdrew");
    private static final Set<String> NOT_VERBS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "“", "”");
    /** A comma or colon between a cue and the date usually means the cue governs another clause. */
    private static final int CLAUSE_PENALTY = 3;

    /** The tense of the cue nearest to the span [start, end) (article offsets); a cue before the date wins ties. */
    public static Tense around(List<Token> tokens, int start, int end) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= start) {
            first++;
        }
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        Tense governing = first < tokens.size() && tokens.get(first).isParsed() ? ofGoverningVerb(tokens, first) : null;
        if (governing != null) {
            return governing; // "will meet on May 15, he said on Friday": the verb the date hangs on, not the nearest
        }
        Cue before = nearest(tokens, first - 1, -1);
        Cue after = nearest(tokens, last + 1, +1);
        if (before == null && after == null) {
            return PRESENT;
        }
        if (after == null || before != null && before.distance() <= after.distance()) {
            return before.tense();
        }
        return after.tense();
    }

    /** The tense of the first verb above token {@code i}, read from its auxiliaries, then from itself. */
    private static Tense ofGoverningVerb(List<Token> tokens, int i) {
        int verb = tokens.get(i).head();
        for (int steps = 0; verb >= 0 && steps < tokens.size() && !"VERB".equals(tokens.get(verb).pos()); steps++) {
            verb = tokens.get(verb).head();
        }
        if (verb < 0) {
            return null;
        }
        for (int k = 0; k < verb; k++) {
            Tense aux = tokens.get(k).head() == verb && tokens.get(k).relation().startsWith("aux") ? of(tokens, k) : null;
            if (aux != null) {
                return aux;
            }
        }
        return of(tokens, verb);
    }

    private static Cue nearest(List<Token> tokens, int from, int step) {
        int distance = 0;
        for (int i = from; i >= 0 && i < tokens.size(); i += step) {
            distance += CLAUSE_MARKS.contains(tokens.get(i).text()) ? CLAUSE_PENALTY : 1;
            Tense tense = of(tokens, i);
            if (tense != null) {
                return new Cue(tense, distance);
            }
        }
        return null;
    }

    /** The tense token i signals, or null when it is no cue. */
    static Tense of(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = word(tokens, i);
        if (isFutureWord(token, word, word(tokens, i + 1))) {
            return FUTURE;
        }
        if (BE.contains(word) && i + 1 < tokens.size()) {
            String next = word(tokens, i + 1);
            // "is due to arrive" plans; "due to the weather" alone does not; "was due to" planned the week gone by.
            if ((word.equals("was") || word.equals("were")) && next.equals("due") && word(tokens, i + 2).equals("to")) {
                return PAST;
            }
            if (isFutureWord(tokens.get(i + 1), next, word(tokens, i + 2))
                    || next.equals("due") && word(tokens, i + 2).equals("to")) {
                return FUTURE;
            }
        }
        if (PRESENT_WORDS.contains(word)) {
            return PRESENT;
        }
        return isPast(token, word) ? PAST : null;
    }

    private static boolean isFutureWord(Token token, String word, String next) {
        if (NOT_VERBS.contains(token.pos()) && !word.equals("next") && !word.equals("upcoming")) {
            return false;
        }
        return FUTURE_WORDS.contains(word)
                || word.equals("may") && (token.text().equals("may") || "AUX".equals(token.pos()))
                || word.equals("would") && !next.equals("have") && !next.equals("'ve")
                || PLANNING_BEFORE_TO.contains(word) && next.equals("to");
    }

    private static boolean isPast(Token token, String word) {
        if (NOT_VERBS.contains(token.pos())) {
            return false;
        }
        if (PAST_WORDS.contains(word) || word.length() > 4 && word.endsWith("ed")) {
            return true;
        }
        // A real lemmatizer gives "meet" for "met": an inflected verb that is neither -s nor -ing is past.
        String lemma = token.lemma() == null ? word : token.lemma().toLowerCase(Locale.ROOT);
        return "VERB".equals(token.pos()) && !lemma.equals(word) && !word.endsWith("s") && !word.endsWith("ing");
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    private record Cue(Tense tense, int distance) {
    }
}
