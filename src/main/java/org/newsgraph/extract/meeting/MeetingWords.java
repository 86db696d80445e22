package org.newsgraph.extract.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Token;

/**
 * The vocabulary of diplomatic encounters: the verbs and nouns that state one, the light verbs that hold an event
 * noun, and the words that tell a plan, a cancellation or a call. General news vocabulary, no article's wording.
 */
final class MeetingWords {
    /** Verbs whose subject meets their object or the object of "with" / "to". */
    static final Set<String> MEET_VERBS = Set.of("meet", "confer", "talk", "speak", "sit", "see");
    static final Set<String> CALL_VERBS = Set.of("call", "phone", "telephone", "ring");
    static final Set<String> HOST_VERBS = Set.of("host", "receive", "welcome", "greet");
    static final Set<String> TRAVEL_VERBS = Set.of("visit", "travel", "arrive", "tour", "fly");
    static final Set<String> TIME_VERBS = Set.of("spend", "begin", "start", "end", "open", "close");
    static final Set<String> TIME_NOUNS = Set.of("morning", "day", "afternoon", "evening", "night", "hour",
            "lunch", "dinner", "breakfast");
    static final Set<String> EVENT_NOUNS = Set.of("meeting", "talk", "talks", "call", "conversation", "visit",
            "trip", "travel", "summit", "bilateral", "discussion", "engagement", "consultation", "encounter",
            "videoconference", "teleconference", "session", "tour");
    /** Event nouns that tell a trip: their possessor travels to the object of "to". */
    static final Set<String> TRIP_NOUNS = Set.of("visit", "trip", "travel", "tour");
    /** Verbs that hold an event noun as object: their subject takes part ("held talks", "attended the summit"). */
    static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "host", "attend", "convene", "chair",
            "join", "participate", "engage", "take", "make", "pay", "place", "undertake", "open", "begin", "co-chair", "organize", "organise", "arrange", "lead");
    /** Verbs that make their subject the side that received the other ("hosted the summit"). */
    static final Set<String> HOSTING = Set.of("host", "convene", "chair", "co-chair", "organize", "organise");
    static final Set<String> CALL_CUES = Set.of("phone", "telephone", "video", "videoconference", "teleconference",
            "virtual", "virtually", "videolink", "zoom", "telephonic");
    static final Set<String> MODALS = Set.of("will", "'ll", "\u2019ll", "shall", "would", "may", "might", "could",
            "should", "wo");
    /** Words above an encounter that make it a plan: "agreed to meet", "looked forward to seeing". */
    static final Set<String> PLAN_WORDS = Set.of("plan", "intend", "hope", "want", "expect", "agree", "aim",
            "seek", "prepare", "schedule", "due", "invite", "propose", "offer", "decide", "interest", "invitation",
            "wish", "eager", "keen", "ready", "arrange", "set", "slate", "upcoming", "forthcoming", "future",
            "planned", "proposed", "scheduled", "expected", "possible", "potential", "next", "prospective", "ahead",
            "await", "anticipate", "go");
    static final Set<String> CANCEL_WORDS = Set.of("cancel", "postpone", "scrap", "abort", "suspend", "delay",
            "shelve", "cancelled", "canceled", "postponed");
    /** Group nouns that name no one themselves: their "of" / "from" / "in" tells whose they are. */
    static final Set<String> GROUP_NOUNS = Set.of("counterpart", "leader", "head", "official", "representative",
            "minister", "delegation", "envoy", "diplomat", "president", "government", "authority", "member",
            "delegate", "negotiator", "officer", "team", "side", "lawmaker", "ministry", "counterparts", "leaders",
            "officials", "representatives", "ministers", "delegations", "authorities", "heads", "sides");
    /** Objects of "speak to" that make it an interview, not a meeting. */
    static final Set<String> MEDIA = Set.of("reporter", "journalist", "media", "press", "newspaper", "outlet",
            "television", "broadcaster", "audience", "crowd", "supporter", "student", "reporters", "journalists");
    /** Nouns that make a speech or a press event of the words around them. */
    static final Set<String> NOT_ENCOUNTERS = Set.of("interview", "conference", "briefing", "speech", "remark",
            "remarks", "statement", "address", "podcast", "post", "rally", "hearing", "cabinet");

    private static final Set<String> TRIGGERS = new HashSet<>();

    static {
        List.of(MEET_VERBS, CALL_VERBS, HOST_VERBS, TRAVEL_VERBS, EVENT_NOUNS, Set.of("join", "convene", "discuss"))
                .forEach(TRIGGERS::addAll);
    }

    private MeetingWords() {
    }

    /** Whether the tokens hold a word that may state an encounter, by lemma or by the word itself. */
    static boolean hasTrigger(List<Token> tokens) {
        for (Token t : tokens) {
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (TRIGGERS.contains(lemma) || TRIGGERS.contains(base(t.text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lemma of word {@code i}, with the inflection stripped when the lemmatizer left one ("convened" read as
     * "conven"): the form the word lists hold.
     */
    static String lemma(Tree t, int i) {
        String text = t.token(i).text().toLowerCase(Locale.ROOT);
        if (isNoun(t, i) && (text.equals("meeting") || text.equals("meetings"))) {
            return "meeting"; // the lemmatizer reads the noun as the verb "meet"
        }
        String lemma = t.lemma(i);
        if (TRIGGERS.contains(lemma) || LIGHT_VERBS.contains(lemma)) {
            return lemma;
        }
        String stripped = base(text);
        return TRIGGERS.contains(stripped) || LIGHT_VERBS.contains(stripped) ? stripped : lemma;
    }

    private static String base(String word) {
        for (String suffix : List.of("ing", "ed", "es", "s", "d")) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                for (String form : List.of(stem, stem + "e")) {
                    if (TRIGGERS.contains(form) || LIGHT_VERBS.contains(form)) {
                        return form;
                    }
                }
            }
        }
        return word;
    }

    static boolean isVerb(Tree t, int i) {
        return t.token(i).tag().startsWith("VB") && !t.is(i, "amod") && !t.is(i, "nmod") && !t.is(i, "compound");
    }

    static boolean isNoun(Tree t, int i) {
        return t.token(i).tag().startsWith("NN");
    }
}
