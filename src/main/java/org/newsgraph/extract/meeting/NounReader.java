package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.Rule;

/**
 * Encounters stated by an event noun: its possessor ("Biden's call"), its named modifiers ("the Biden-Xi
 * summit", "a NATO meeting"), the objects of "with" and "between", the subject of the verb that holds it ("held
 * talks", "attended the summit", "agreed during a phone call") and the agent of "hosted by". A noun that only
 * names the setting ("on the margins of the summit") or the topic ("about the upcoming summit"), or that tells
 * negotiations going on ("have been in talks for months") states no encounter.
 */
final class NounReader {
    /** Prepositions whose object is a meeting the clause's subject took part in: "during a call", "at the summit". */
    private static final Set<String> AT_EVENT = Set.of("during", "at", "in", "over", "on", "after", "following",
            "before", "ahead");
    /** Nouns of intent that hold an event for their verb's subject: "expressed interest in meeting". */
    private static final Set<String> INTENT_NOUNS = Set.of("interest", "plan", "desire", "hope", "readiness",
            "willingness", "intention", "wish", "proposal", "offer");
    /** Prepositions of an event a clause happened in: "during the call", "in a phone call". */
    private static final Set<String> DURING = Set.of("during", "in");
    /** Prepositions that place an event in time: an encounter after them belongs to the clause they sit in. */
    private static final Set<String> TEMPORAL = Set.of("after", "following", "during", "before");
    private static final Set<String> SETTINGS = Set.of("margin", "margins", "sideline", "sidelines", "side",
            "edge", "eve", "run-up", "preparation", "agenda", "outcome", "result", "communique", "declaration");
    private static final Set<String> TOPIC = Set.of("about", "regarding", "concerning", "for", "on", "of",
            "between", "toward", "towards", "throughout");
    /** Roles of one who brings two sides together: "acting as mediator", "as go-between". */
    private static final Set<String> MEDIATORS = Set.of("mediator", "facilitator", "intermediary", "broker",
            "between", "host");
    /** Nouns for the start or end of an event: "at the end of the talks". */
    private static final Set<String> BOUNDS = Set.of("end", "close", "conclusion", "start", "beginning", "opening");
    private static final Set<String> ONGOING = Set.of("be", "remain", "stay", "continue", "resume");
    private static final Set<String> ATTEND = Set.of("attend", "participate", "convene", "host", "chair",
            "co-chair", "join", "hold");

    private final ArticleContext ctx;
    private final Sides sides;
    private final Visits visits;

    NounReader(ArticleContext ctx, Sides sides, Visits visits) {
        this.ctx = ctx;
        this.sides = sides;
        this.visits = visits;
    }

    Optional<Reading> read(int s, Tree t, int n, String lemma) {
        int holder = holdingVerb(t, n);
        if (isSetting(t, n, holder) || t.isNegated(n) || notAnEncounter(t, n)) {
            return Optional.empty();
        }
        int clause = holder >= 0 ? holder : Cues.clauseOf(t, n);
        if (MeetingWords.TRIP_NOUNS.contains(lemma)) {
            return visits.trip(s, t, n, holder);
        }
        List<Entity> subject = new ArrayList<>();
        t.child(n, "poss").ifPresent(p -> subject.addAll(sides.of(s, t, p).entities()));
        named(s, t, n).stream().filter(e -> !subject.contains(e)).forEach(subject::add);
        List<Sides.Group> partners = new ArrayList<>();
        for (int with : VerbReader.partnerPrepositions(t, n, Set.of("with", "between", "among"))) {
            t.child(with, "pobj").map(o -> sides.of(s, t, o)).filter(g -> !g.entities().isEmpty())
                    .ifPresent(partners::add);
        }
        int addressing = partners.isEmpty() && holder >= 0 ? addressingVerb(s, t, n, holder) : -1;
        if (addressing >= 0) {
            Sides.Group addressed = sides.of(s, t, t.child(addressing, "dobj").orElseThrow());
            partners.add(addressed);
            subject.removeAll(addressed.entities()); // "urged B to drop X": B is the one addressed, not the subject
            sides.subjectOf(s, t, addressing).entities().stream().filter(e -> !subject.contains(e))
                    .forEach(subject::add);
        }
        boolean between = t.prepositionObjects(n, Set.of("between")).size() > 0;
        Entity host = null;
        if (holder >= 0 && !(between && MeetingWords.HOSTING.contains(lemma(t, holder)))) {
            // "Spain hosted talks between A and B": the host is no side of them
            sides.subjectOf(s, t, holder).entities().stream().filter(e -> !subject.contains(e))
                    .forEach(subject::add);
        } else if (holder >= 0) {
            host = sides.subjectOf(s, t, holder).entities().stream().findFirst().orElse(null);
        }
        hostedBy(s, t, n).stream().filter(e -> !subject.contains(e)).forEach(subject::add);
        if (holder >= 0) {
            mediators(s, t, holder).stream().filter(e -> !subject.contains(e)).forEach(subject::add);
        }
        MeetingKind kind = kind(t, n, lemma);
        if (kind == MeetingKind.IN_PERSON && partners.isEmpty() && holder >= 0
                && MeetingWords.HOSTING.contains(lemma(t, holder))) {
            kind = MeetingKind.SUMMIT; // "convened a meeting of European leaders": a gathering of the convener's
        }
        if (!enough(kind, subject, partners, holder, holder >= 0 ? lemma(t, holder) : "", between)) {
            return Optional.empty();
        }
        Rule rule = holder >= 0 ? Rule.MEETING_VERB : kind == MeetingKind.SUMMIT ? Rule.MEETING_SUMMIT
                : Rule.MEETING_NOMINAL;
        return Optional.of(new Reading(n, clause, kind, rule, subject, partners, host, List.of(),
                holder >= 0 && VerbReader.separate(t, holder)));
    }

    /**
     * "A urged B to act during a phone call", "In the call, A told B that": the verb (the holding one or one it is
     * the complement of) whose object, a person, is the other side of the event the clause happened in; -1 for none.
     */
    private int addressingVerb(int s, Tree t, int n, int holder) {
        int p = t.head(n);
        if (!t.is(n, "pobj") || p < 0 || !DURING.contains(t.lemma(p))) {
            return -1;
        }
        for (int v = holder; v >= 0; v = t.is(v, "xcomp") ? t.head(v) : -1) {
            boolean person = t.child(v, "dobj").map(o -> sides.of(s, t, o).entities())
                    .filter(es -> !es.isEmpty() && es.stream().allMatch(e -> e.type() == EntityType.PERSON))
                    .isPresent();
            if (person) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The verb whose subject took part in the event: the verb holding the noun as object ("held talks", "two
     * rounds of talks", "engaged in meetings"), or the verb an adjunct "during a call" modifies; -1 for none.
     */
    private static int holdingVerb(Tree t, int n) {
        int k = n;
        int head = t.head(k);
        while (head >= 0 && (t.is(k, "pobj") || t.is(k, "pcomp")) && t.is(head, "prep") && t.head(head) >= 0
                && (t.lemma(head).equals("of") && MeetingWords.COUNTS.contains(t.lemma(t.head(head)))
                || Set.of("about", "around", "nearly", "over").contains(t.lemma(head)) && MeetingWords.COUNTS.contains(t.lemma(k))
                || t.lemma(head).equals("in") && INTENT_NOUNS.contains(t.lemma(t.head(head))))) {
            // "two rounds of talks", "about an hour of talks", "interest in meeting": the noun above stands for it
            k = t.head(head);
            head = t.head(k);
        }
        if (MeetingWords.isVerb(t, k)) {
            return k; // "held about an hour of talks": the count hangs on the verb itself
        }
        if (head < 0) {
            return -1;
        }
        if (MeetingWords.isVerb(t, head) && (t.is(k, "dobj") && MeetingWords.LIGHT_VERBS.contains(lemma(t, head))
                || MeetingWords.COUNTS.contains(t.lemma(k)) || INTENT_NOUNS.contains(t.lemma(k)))) {
            return head;
        }
        if ((t.is(k, "pobj") || t.is(k, "pcomp")) && t.is(head, "prep") && t.head(head) >= 0
                && MeetingWords.isVerb(t, t.head(head))) {
            int verb = t.head(head);
            boolean in = MeetingWords.LIGHT_VERBS.contains(lemma(t, verb)) && t.lemma(head).equals("in");
            return in || AT_EVENT.contains(t.lemma(head)) ? verb : -1;
        }
        if (t.is(k, "pobj") && t.is(head, "prep") && TEMPORAL.contains(t.lemma(head))) {
            return Cues.clauseOf(t, head); // "agreed to end the dispute over access after talks": hung on a noun
        }
        return -1;
    }

    private static String lemma(Tree t, int i) {
        return MeetingWords.lemma(t, i);
    }

    /** The noun names where or what about something else happened, or negotiations going on. */
    private static boolean isSetting(Tree t, int n, int holder) {
        int top = n;
        while (t.is(top, "conj") && t.head(top) >= 0) {
            top = t.head(top); // "between his visit and the earlier talks": the list's place
        }
        top = countOver(t, top); // "at the end of four days of talks": what holds the days holds the talks
        int prep = t.head(top);
        if (prep < 0 || !t.is(top, "pobj")) {
            return false;
        }
        int above = t.head(prep);
        if (above >= 0 && BOUNDS.contains(t.lemma(above)) && t.lemma(prep).equals("of")) {
            return false; // "at the end of the talks" tells when, and that they took place
        }
        if (above >= 0 && SETTINGS.contains(t.lemma(above))) {
            return true; // "on the margins of the summit"
        }
        if (t.lemma(prep).equals("in") && above >= 0 && ONGOING.contains(t.lemma(above))) {
            return true; // "have been in talks for months"
        }
        // "the tone of their encounter": an encounter someone's own is one that took place, not a topic
        boolean owned = t.lemma(prep).equals("of") && t.child(top, "poss").isPresent();
        return holder < 0 && TOPIC.contains(t.lemma(prep)) && !t.lemma(prep).equals("on") && !owned;
    }

    /** "Held talks, with A acting as mediator": the go-between takes part. */
    private List<Entity> mediators(int s, Tree t, int verb) {
        List<Entity> out = new ArrayList<>();
        for (int c : t.children(verb, Set.of("advcl"))) {
            boolean role = t.prepositionObjects(c, Set.of("as")).stream()
                    .anyMatch(o -> MEDIATORS.contains(t.lemma(o)));
            if (role && Set.of("act", "serve").contains(t.lemma(c))) {
                withRightBefore(t, c).ifPresent(w -> out.addAll(sides.of(s, t, w).entities()));
            }
        }
        return out;
    }

    /** The object of "with" that ends right before the participle, wherever the parser hung it. */
    private static Optional<Integer> withRightBefore(Tree t, int participle) {
        for (int k = 0; k < participle; k++) {
            if (t.is(k, "pobj") && t.subtreeEnd(k) == participle && t.lemma(t.head(k)).equals("with")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The count noun a noun is counted by ("two rounds of talks"), else the noun itself. */
    private static int countOver(Tree t, int n) {
        int prep = t.head(n);
        if (t.is(n, "pobj") && prep >= 0 && t.lemma(prep).equals("of") && t.head(prep) >= 0
                && MeetingWords.COUNTS.contains(t.lemma(t.head(prep)))) {
            return t.head(prep);
        }
        return n;
    }

    /** A press conference, an interview, a cabinet meeting: no encounter between sides. */
    private static boolean notAnEncounter(Tree t, int n) {
        return t.children(n, Set.of("compound", "nmod", "amod")).stream()
                .anyMatch(c -> MeetingWords.NOT_ENCOUNTERS.contains(t.lemma(c)));
    }

    /** People, states and bodies named in the noun's modifiers: "the Biden-Xi summit", "the G7 summit". */
    private List<Entity> named(int s, Tree t, int n) {
        List<Entity> out = new ArrayList<>();
        List<Integer> todo = new ArrayList<>(t.children(n, Set.of("compound", "nmod", "poss")));
        while (!todo.isEmpty()) {
            int c = todo.remove(0);
            Optional<Resolved> r = ctx.at(s, c).filter(x -> x.mention().kind() == NameKind.NAME)
                    .filter(x -> x.entity().type() != EntityType.PLACE);
            r.map(Resolved::entity).filter(e -> !out.contains(e)).ifPresent(out::add);
            todo.addAll(t.children(c, Set.of("compound", "conj")));
        }
        return out;
    }

    /**
     * "The meeting, hosted by A", "talks in the capital brokered by A": the host takes part. A host's clause may
     * hang on the place the noun names.
     */
    private List<Entity> hostedBy(int s, Tree t, int n) {
        List<Entity> out = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>(t.children(n, Set.of("acl", "relcl")));
        for (int o : t.prepositionObjects(n, Set.of("in", "at"))) {
            t.children(o, Set.of("acl")).stream().filter(c -> MeetingWords.HOST_BY.contains(t.lemma(c)))
                    .forEach(clauses::add);
        }
        for (int c : clauses) {
            t.prepositionObjects(c, Set.of("by")).forEach(a -> out.addAll(sides.of(s, t, a).entities()));
        }
        return out;
    }

    private static MeetingKind kind(Tree t, int n, String lemma) {
        if (lemma.equals("summit") || lemma.equals("meeting") && t.token(n).tag().equals("NNP")) {
            return MeetingKind.SUMMIT; // "the G7 Foreign Ministers' Meeting": a named gathering
        }
        return lemma.equals("call") || Cues.byCall(t, n) ? MeetingKind.CALL : MeetingKind.IN_PERSON;
    }

    /** Two sides, or one body or attendee of a summit: "NATO's summit", "attended the summit". */
    private static boolean enough(MeetingKind kind, List<Entity> subject, List<Sides.Group> partners,
                                  int holder, String holderLemma, boolean between) {
        int count = subject.size() + partners.stream().mapToInt(g -> g.entities().size()).sum();
        if (kind == MeetingKind.SUMMIT && count == 1) {
            // one side of a summit only when a clause has it take part: "attended", "NATO will ... during a summit"
            return holder >= 0 && (ATTEND.contains(holderLemma) || subject.get(0).type() == EntityType.ORGANIZATION);
        }
        // "talks with A and B" without who held them: A and B did not meet each other
        return count >= 2 && (!subject.isEmpty() || between);
    }
}
