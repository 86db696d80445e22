package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.Rule;

/**
 * Encounters stated by a verb, read off its arcs: who met (the subject, or the agent of a passive) and whom (the
 * object, the object of "with" or "to"): met, spoke with, called, received, visited, traveled to, joined,
 * convened, spent the morning with.
 */
final class VerbReader {
    private static final Set<String> SEPARATE = Set.of("also", "later", "separately", "again");
    private static final Set<String> SIDELINES = Set.of("sideline", "sidelines", "margin", "margins");
    private static final Set<String> NOT_CALLS = Set.of("off", "up", "out", "on", "for");

    private final Sides sides;
    private final Visits visits;

    VerbReader(Sides sides, Visits visits) {
        this.sides = sides;
        this.visits = visits;
    }

    Optional<Reading> read(int s, Tree t, int v, String lemma) {
        if (t.isNegated(v) || t.nearestSubject(v).filter(t::isNegated).isPresent()) {
            return Optional.empty(); // "did not meet", "no leader has met": no encounter
        }
        if (MeetingWords.MEET_VERBS.contains(lemma)) {
            return meet(s, t, v, lemma);
        }
        if (MeetingWords.CALL_VERBS.contains(lemma)) {
            return call(s, t, v);
        }
        if (MeetingWords.HOST_VERBS.contains(lemma)) {
            return host(s, t, v);
        }
        if (MeetingWords.TRAVEL_VERBS.contains(lemma)) {
            return visits.read(s, t, v, lemma);
        }
        return switch (lemma) {
            case "join" -> join(s, t, v);
            case "convene" -> convene(s, t, v);
            case "discuss", "confer" -> onTheSidelines(s, t, v);
            default -> MeetingWords.TIME_VERBS.contains(lemma) ? inCompany(s, t, v) : Optional.empty();
        };
    }

    /** "A met B", "A met with B and with C", "A and B met", "A spoke by phone with B", "A sat down with B". */
    private Optional<Reading> meet(int s, Tree t, int v, String lemma) {
        boolean speak = lemma.equals("speak") || lemma.equals("talk");
        if (lemma.equals("sit") && t.children(v, Set.of("prt")).stream().noneMatch(p -> t.lemma(p).equals("down"))) {
            return Optional.empty();
        }
        List<Sides.Group> partners = new ArrayList<>();
        Optional<Integer> object = t.child(v, "dobj").filter(o -> !speak && !isEachOther(t, o));
        object.ifPresent(o -> partners.add(sides.of(s, t, o)));
        for (int with : partnerPrepositions(t, v, speak ? Set.of("with", "to") : Set.of("with"))) {
            int pobj = t.child(with, "pobj").orElse(-1);
            if (pobj >= 0 && !isEachOther(t, pobj)) {
                if (speak && MeetingWords.MEDIA.contains(t.lemma(pobj))) {
                    return Optional.empty(); // "spoke to reporters"
                }
                partners.add(speak ? withoutBodies(sides.of(s, t, pobj)) : sides.of(s, t, pobj));
            }
        }
        partners.removeIf(g -> g.entities().isEmpty());
        List<Entity> subject = sides.subjectOf(s, t, v).entities();
        boolean reciprocal = partners.isEmpty();
        if (subject.isEmpty()) {
            return Optional.empty(); // "met A and B" by someone this sentence does not name: A did not meet B
        }
        if (reciprocal && (subject.size() < 2 || speak && !Cues.byCall(t, v) && !eachOtherAfter(t, v))) {
            return Optional.empty(); // "spoke about the plan": a speech unless a call or "each other" says so
        }
        boolean eachOther = t.child(v, "dobj").filter(o -> isEachOther(t, o)).isPresent() || eachOtherAfter(t, v);
        boolean people = reciprocal ? eachOther && subject.stream().filter(Sides::isPerson).count() >= 2
                : subject.stream().anyMatch(Sides::isPerson)
                && partners.stream().anyMatch(g -> g.entities().stream().anyMatch(Sides::isPerson));
        if (lemma.equals("see") && !people) {
            return Optional.empty(); // "saw an opportunity": only a person seeing a person is an encounter
        }
        MeetingKind kind = speak ? MeetingKind.CALL : atGathering(s, t, v) ? MeetingKind.SUMMIT : MeetingKind.IN_PERSON;
        return Optional.of(new Reading(v, v, kind, Rule.MEETING_VERB, subject, partners, null, List.of(),
                separate(t, v) || partners.stream().anyMatch(Sides.Group::referred)));
    }

    /** "Called President X today": a call to a person or state, not "called for", "called on X to". */
    private Optional<Reading> call(int s, Tree t, int v) {
        // "called on X to", "called for": the particle follows the verb; "called X on Tuesday" is a call
        boolean other = t.children(v).stream().anyMatch(c -> (t.is(c, "prt") || t.is(c, "prep")) && c == v + 1
                && NOT_CALLS.contains(t.lemma(c)) || t.is(c, "oprd") || t.is(c, "ccomp"));
        Optional<Integer> named = misreadNaming(t, v);
        Optional<Integer> object = named.isPresent() ? named : t.child(v, "dobj");
        if (named.isEmpty() && (other || t.isPassive(v)) || object.isEmpty()) {
            return Optional.empty();
        }
        Sides.Group called = sides.of(s, t, object.get());
        List<Entity> caller = named.isPresent() ? sides.of(s, t, t.child(v, "nsubjpass").orElseThrow()).entities()
                : sides.subjectOf(s, t, v).entities();
        return called.entities().isEmpty() || caller.isEmpty() ? Optional.empty() : Optional.of(new Reading(v, v, MeetingKind.CALL,
                Rule.MEETING_VERB, caller, List.of(called), null, List.of(), false));
    }

    /**
     * "A called President B on Monday": the parser, taking the title for a name given, reads "A [is] called B"; with
     * no auxiliary of a passive, the "name" given is the one called.
     */
    private static Optional<Integer> misreadNaming(Tree t, int v) {
        boolean noAuxiliary = t.children(v, Set.of("auxpass", "aux")).isEmpty();
        return noAuxiliary && t.child(v, "nsubjpass").isPresent() && t.child(v, "dobj").isEmpty()
                ? t.child(v, "oprd").filter(o -> t.token(o).pos().equals("PROPN")) : Optional.empty();
    }

    /** "A received B", "B was welcomed by A": an encounter A hosted. An event noun as object is read as such. */
    private Optional<Reading> host(int s, Tree t, int v) {
        Optional<Integer> object = t.isPassive(v) ? t.nearestSubject(v) : t.child(v, "dobj");
        if (object.isEmpty() || MeetingWords.isEvent(t, object.get())) {
            return Optional.empty();
        }
        Sides.Group guests = sides.of(s, t, object.get());
        List<Entity> hosts = sides.subjectOf(s, t, v).entities();
        boolean bodiesOnly = guests.entities().stream().allMatch(e -> e.type() == EntityType.ORGANIZATION);
        if (guests.entities().isEmpty() || hosts.isEmpty() || bodiesOnly) { // "hosting the G20": an event
            return Optional.empty();
        }
        return Optional.of(new Reading(v, v, MeetingKind.IN_PERSON, Rule.MEETING_RECEPTION, hosts, List.of(guests),
                hosts.get(0), List.of(), separate(t, v) || guests.referred()));
    }

    /** "A, B and C also joined D": they took part in D's encounter. */
    private Optional<Reading> join(int s, Tree t, int v) {
        Optional<Integer> object = t.child(v, "dobj");
        if (object.isEmpty() || MeetingWords.isEvent(t, object.get())) {
            return Optional.empty();
        }
        Sides.Group joined = sides.of(s, t, object.get());
        List<Entity> joiners = sides.subjectOf(s, t, v).entities();
        if (joined.entities().stream().noneMatch(Sides::isPerson) || joiners.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(v, v, MeetingKind.IN_PERSON, Rule.MEETING_DELEGATION, joiners,
                List.of(joined), null, List.of(), false));
    }

    /** "A convened the signing of an accord between B and C": A met B and C. */
    private Optional<Reading> convene(int s, Tree t, int v) {
        Optional<Integer> object = t.child(v, "dobj");
        if (object.isEmpty() || MeetingWords.isEvent(t, object.get())) {
            return Optional.empty(); // "convened a summit": the noun's reading
        }
        List<Sides.Group> between = new ArrayList<>();
        for (int head : List.of(v, object.get())) {
            t.prepositionObjects(head, Set.of("between", "among")).forEach(o -> between.add(sides.of(s, t, o)));
        }
        List<Entity> convener = sides.subjectOf(s, t, v).entities();
        if (convener.isEmpty() || between.stream().allMatch(g -> g.entities().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Reading(v, v, MeetingKind.IN_PERSON, Rule.MEETING_SUMMIT, convener,
                List.of(merged(between)), convener.get(0), List.of(), false));
    }

    /** "A and B conferred on the sidelines of a forum": the subjects met there. */
    private Optional<Reading> onTheSidelines(int s, Tree t, int v) {
        boolean sidelines = false;
        for (int k = t.subtreeStart(v); k < t.subtreeEnd(v); k++) {
            sidelines |= SIDELINES.contains(t.lemma(k)) && t.is(k, "pobj") && Cues.clauseOf(t, k) == v;
        }
        List<Entity> subject = sides.subjectOf(s, t, v).entities();
        if (!sidelines || subject.stream().filter(Sides::isPerson).count() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Reading(v, v, MeetingKind.IN_PERSON, Rule.MEETING_VERB, subject, List.of(), null,
                List.of(), false));
    }

    /** "Began the morning with X", "spent the afternoon with X": time spent in someone's company. */
    private Optional<Reading> inCompany(int s, Tree t, int v) {
        boolean time = t.children(v, Set.of("dobj", "npadvmod", "tmod"))
                .stream().anyMatch(c -> MeetingWords.TIME_NOUNS.contains(t.lemma(c)));
        if (!time) {
            return Optional.empty();
        }
        List<Sides.Group> partners = t.prepositionObjects(v, Set.of("with")).stream().map(o -> sides.of(s, t, o))
                .filter(g -> !g.entities().isEmpty()).toList();
        List<Entity> subject = sides.subjectOf(s, t, v).entities();
        return partners.isEmpty() || subject.isEmpty() ? Optional.empty() : Optional.of(new Reading(v, v,
                MeetingKind.IN_PERSON, Rule.MEETING_VERB, subject, partners, null, List.of(), false));
    }

    /**
     * The verb's prepositions of partners: its own, those coordinated with them ("with A and with B"), and one
     * the parser hung on another modifier ("in Paris on Monday, and with B").
     */
    static List<Integer> partnerPrepositions(Tree t, int v, Set<String> words) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(v, Set.of("prep"))) {
            List<Integer> around = new ArrayList<>(t.conjuncts(c));
            t.child(c, "pobj").ifPresent(o -> around.addAll(t.conjuncts(o)));
            for (int k : around) {
                if (t.is(k, "prep") || k == c || t.is(k, "conj") && t.token(k).tag().equals("IN")) {
                    if (words.contains(t.lemma(k)) && !out.contains(k)) {
                        out.add(k);
                    }
                }
            }
        }
        for (int k : List.copyOf(out)) {
            for (int j = k + 1; j < t.size(); j++) {
                // "with A, who promised X, and with B": the parser hangs the second phrase inside the first, or
                // joins it to a word above the first ("after calls with A, and with B")
                boolean repeated = t.lemma(j).equals(t.lemma(k)) && t.token(j - 1).text().equalsIgnoreCase("and");
                boolean hung = j < t.subtreeEnd(k) || t.is(j, "conj") && t.dominates(t.head(j), k);
                if (repeated && hung && !out.contains(j)) {
                    out.add(j);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** "Seeing each other at the G7": met at a gathering of an organization. */
    private boolean atGathering(int s, Tree t, int v) {
        return t.prepositionObjects(v, Set.of("at")).stream().anyMatch(o -> sides.of(s, t, o).entities().stream()
                .anyMatch(e -> e.type() == EntityType.ORGANIZATION));
    }

    static boolean separate(Tree t, int v) {
        return t.children(v, Set.of("advmod")).stream().anyMatch(c -> SEPARATE.contains(t.lemma(c)));
    }

    private static boolean isEachOther(Tree t, int o) {
        return t.lemma(o).equals("other") || t.lemma(o).equals("another");
    }

    private static boolean eachOtherAfter(Tree t, int v) {
        return t.prepositionObjects(v, Set.of("with", "to")).stream().anyMatch(o -> isEachOther(t, o));
    }

    /** "Spoke to Reuters": an outlet is no partner of a conversation. */
    private static Sides.Group withoutBodies(Sides.Group g) {
        return new Sides.Group(g.entities().stream()
                .filter(e -> e.type() != org.newsgraph.model.EntityType.ORGANIZATION).toList(), g.each(), g.referred());
    }

    private static Sides.Group merged(List<Sides.Group> groups) {
        List<Entity> all = new ArrayList<>();
        groups.forEach(g -> g.entities().stream().filter(e -> !all.contains(e)).forEach(all::add));
        return new Sides.Group(all, false, false);
    }
}
