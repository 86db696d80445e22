package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeasureType;

/**
 * Reads the measures of one parsed sentence from its dependency tree. A measure verb takes its imposer from its
 * subject (a passive's from its by-agent) and its targets from its object (a passive's from its subject, a
 * participle's from the noun it modifies). A measure noun takes them from the light verb it is the object of
 * ("imposed sanctions on X"), from its own possessor, premodifiers and "on"/"against" phrase ("UK sanctions",
 * "their designations", "sanctions against X"), or, as a subject, from what its verb reaches ("the sanctions target
 * X", "the sanctions apply to X").
 */
final class MeasureReader {
    /** Verbs whose subject is a measure and whose object is its target: "The sanctions target X". */
    private static final Set<String> REACH_VERBS = Set.of("target", "apply", "hit", "cover", "capture", "affect",
            "include", "list", "name", "reach", "ban", "freeze", "bar", "prohibit", "block");

    /** Nouns of a measure's coming into force: "took effect", "came into force". */
    private static final Set<String> IN_FORCE = Set.of("effect", "force", "operation");

    private static final Set<String> CONNECTIVES = Set.of("including", "such", "include");

    private MeasureReader() {
    }

    /** Every measure the parse of a sentence states, in text order of their words. */
    static List<MeasureClause> read(int s, Tree t) {
        List<MeasureClause> out = new ArrayList<>();
        for (int i = 0; i < t.size() && t.isParsed(); i++) {
            noun(s, t, i).or(verbal(s, t, i)).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.function.Supplier<Optional<MeasureClause>> verbal(int s, Tree t, int i) {
        return () -> MeasureVerbs.verb(s, t, i).or(() -> MeasureVerbs.ordered(s, t, i));
    }

    private static Optional<MeasureClause> noun(int s, Tree t, int i) {
        Optional<MeasureType> named = MeasureWords.noun(t, i);
        if (named.isEmpty() || isModifier(t, i)) {
            return Optional.empty();
        }
        int first = firstConjunct(t, i);
        boolean joined = first != i && MeasureWords.noun(t, first).isPresent();
        if (joined && (umbrella(t, first, named.get()) == MeasureType.SANCTIONS || named.get() == MeasureWords
                .noun(t, first).get())) {
            return Optional.empty(); // "targeted financial sanctions and travel bans": one measure, told once
        }
        int h = phraseHead(t, first);
        int v = clauseVerb(t, h);
        List<Integer> imposers = new ArrayList<>(t.children(i, Set.of("poss")));
        imposers.addAll(t.children(h, Set.of("poss")));
        List<Integer> targets = new ArrayList<>();
        for (int c : t.conjuncts(first)) {
            targets.addAll(MeasureArcs.prepositionObjects(t, c, MeasureVerbs.TARGET_PREPOSITIONS)); // "an asset freeze and a ban on X"
        }
        if (targets.isEmpty()) {
            targets.addAll(MeasureArcs.prepositionObjects(t, h, MeasureVerbs.TARGET_PREPOSITIONS)); // "a wave of sanctions against X"
        }
        if (v != h && !sides(t, i, h, v, imposers, targets)) {
            return Optional.empty();
        }
        addParticiple(t, i, imposers, targets);
        if (named.get() == MeasureType.TARIFFS) {
            targets.addAll(MeasureArcs.prepositionObjects(t, v, Set.of("from"))); // "on steel pipes from X", however hung
            for (int c : t.children(i, Set.of("acl"))) {
                targets.addAll(MeasureArcs.prepositionObjects(t, c, Set.of("from"))); // "on goods entering from X"
            }
        }
        if (named.get() == MeasureType.FACILITY_CLOSURE) {
            targets.addAll(MeasureArcs.prepositionObjects(t, i, Set.of("of"))); // "the closure of X's consulate"
        }
        MeasureType type = joined ? named.get() : umbrella(t, i, named.get());
        return MeasureModality.of(t, i, v).map(status -> new MeasureClause(s, i, v, type, status, imposers,
                modifiers(t, i), targets, MeasureArcs.causes(t, i, v), MeasureArcs.partners(t, v)));
    }

    /**
     * The verb whose clause a measure phrase stands in: the verb it is the object or subject of, or the verb of
     * "under sanctions" and "at risk of sanctions"; the phrase itself when it stands in no clause.
     */
    private static int clauseVerb(Tree t, int h) {
        int head = t.head(h);
        if (head < 0) {
            return h;
        }
        boolean instrument = t.lemma(head).equals("with") || t.lemma(head).equals("through");
        if (t.is(h, "pobj") && (isAtOrUnder(t, head) || instrument) && t.head(head) >= 0
                && MeasureArcs.isPredicate(t, t.head(head))) {
            return t.head(head); // "responded with new sanctions", "put themselves at risk of sanctions"
        }
        return MeasureArcs.isPredicate(t, head) && !t.is(h, "pobj") || t.lemma(head).equals("subject") ? head : h;
    }

    /**
     * The sides the clause verb {@code v} gives a measure phrase {@code h}: "the sanctions target X" (a measure as
     * subject reaches the verb's object), "officials face travel bans" and "X now subject to sanctions" (the subject
     * is reached), "X has been under sanctions", else the verb's subject (or agent) imposes on its "on" phrase.
     * False when the clause says nothing of the measure's sides ("Today's sanctions send a clear message").
     */
    private static boolean sides(Tree t, int i, int h, int v, List<Integer> imposers, List<Integer> targets) {
        boolean under = t.is(h, "pobj") && isAtOrUnder(t, t.head(h));
        if (t.is(h, "nsubj") && t.head(h) == v) {
            if (inForce(t, v)) {
                return true; // "the U.S. tariff on steel took effect": the phrase names its own sides
            }
            if (!REACH_VERBS.contains(t.lemma(v)) && MeasureArcs.responding(t, v).isEmpty()) {
                return false;
            }
            targets.addAll(t.children(v, Set.of("dobj")));
            targets.addAll(MeasureArcs.prepositionObjects(t, v, Set.of("to", "on", "against")));
        } else if (under || t.lemma(v).equals("face") || t.lemma(v).equals("subject")) {
            t.subject(v).ifPresent(targets::add);
        } else {
            imposers.addAll(t.isPassive(v) ? MeasureArcs.prepositionObjects(t, v, MeasureVerbs.AGENTS) : MeasureArcs.subjects(t, v));
            targets.addAll(MeasureArcs.after(v, MeasureArcs.prepositionObjects(t, v, MeasureVerbs.TARGET_PREPOSITIONS)));
            if (t.children(v, Set.of("prep")).stream().anyMatch(p -> t.lemma(p).equals("among"))) {
                t.children(v, Set.of("dobj")).stream().filter(o -> o != h).forEach(targets::add); // "among them X"
            }
            if (MeasureWords.LIFT_VERBS.contains(t.lemma(v))) {
                targets.addAll(MeasureArcs.prepositionObjects(t, i, Set.of("for", "of")));
            }
        }
        return true;
    }

    /** "took effect", "came into force", "went into effect", "entered into force", "kicked in". */
    private static boolean inForce(Tree t, int v) {
        String verb = t.lemma(v);
        boolean effect = t.children(v).stream().anyMatch(c -> IN_FORCE.contains(t.lemma(c))
                || t.is(c, "prep") && t.children(c).stream().anyMatch(o -> IN_FORCE.contains(t.lemma(o))));
        return Set.of("take", "come", "go", "enter").contains(verb) && effect
                || verb.equals("kick") && t.children(v).stream().anyMatch(c -> t.lemma(c).equals("in"));
    }

    /** "sanctions imposed by Canada against the regime": a participle on the measure noun names its sides. */
    private static void addParticiple(Tree t, int i, List<Integer> imposers, List<Integer> targets) {
        for (int c : t.children(i, Set.of("acl"))) {
            imposers.addAll(MeasureArcs.prepositionObjects(t, c, Set.of("by")));
            targets.addAll(MeasureArcs.prepositionObjects(t, c, MeasureVerbs.TARGET_PREPOSITIONS));
        }
    }

    /** A measure word that only modifies another noun: "the sanctions program", "a sanctions regime". */
    private static boolean isModifier(Tree t, int i) {
        boolean modifier = t.is(i, "compound") || t.is(i, "nmod") || t.is(i, "amod") || t.is(i, "poss");
        return modifier && MeasureWords.noun(t, t.head(i)).isEmpty();
    }

    /** "targeted financial sanctions and travel bans": sanctions name the whole; else the first noun does. */
    private static MeasureType umbrella(Tree t, int i, MeasureType type) {
        for (int c : t.conjuncts(i)) {
            if (MeasureWords.noun(t, c).filter(m -> m == MeasureType.SANCTIONS).isPresent()) {
                return MeasureType.SANCTIONS;
            }
        }
        return type;
    }

    /** The first of the conjuncts a word belongs to: "trade and financial sanctions" stand where "trade" does. */
    private static int firstConjunct(Tree t, int i) {
        int k = i;
        for (int steps = 0; steps < t.size() && t.is(k, "conj") && t.head(k) >= 0; steps++) {
            k = t.head(k);
        }
        return k;
    }

    /**
     * The phrase a measure noun heads inside its clause: "a wave of new sanctions", "the use of sanctions",
     * "consequences, including sanctions" stand where the clause puts them.
     */
    private static int phraseHead(Tree t, int i) {
        int h = i;
        for (int steps = 0; steps < 3 && t.is(h, "pobj"); steps++) {
            int p = t.head(h);
            int n = p >= 0 ? t.head(p) : -1;
            boolean quantity = t.lemma(p).equals("of") && n >= 0 && MeasureWords.QUANTITIES.contains(t.lemma(n))
                    || (t.lemma(p).equals("for") || t.lemma(p).equals("of")) && n >= 0
                    && MeasureArcs.FRAMES.contains(t.lemma(n)); // "the Commission's proposal for duties"
            if (!quantity && !CONNECTIVES.contains(t.token(p).text().toLowerCase(java.util.Locale.ROOT)) || n < 0) {
                break;
            }
            h = n;
        }
        return h;
    }

    /** The compound or adjective words on a measure noun that may name a side: "UK sanctions", "Russian". */
    private static List<Integer> modifiers(Tree t, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(noun)) {
            if (t.is(c, "compound") || t.is(c, "nmod") && t.token(c).pos().matches("PROPN|ADJ|NOUN")) {
                out.addAll(t.conjuncts(c));
            }
        }
        return out;
    }

    private static boolean isAtOrUnder(Tree t, int preposition) {
        return t.lemma(preposition).equals("under") || t.lemma(preposition).equals("at");
    }
}
