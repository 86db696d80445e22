package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeasureStatus;
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
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "upon", "targeting");
    /** Verbs whose subject is a measure and whose object is its target: "The sanctions target X". */
    private static final Set<String> REACH_VERBS = Set.of("target", "apply", "hit", "cover", "capture", "affect",
            "include", "list", "name", "reach", "ban", "freeze", "bar", "prohibit", "block");
    /** Verbs that send diplomats home or shrink a mission: "directed 35 diplomats to leave". */
    private static final Set<String> ORDER_VERBS = Set.of("direct", "order", "tell", "ask", "instruct", "give");
    private static final Set<String> LEAVE = Set.of("leave", "depart", "shrink", "reduce", "cut", "downsize");
    private static final Set<String> COORDINATION = Set.of("coordination", "cooperation", "concert", "tandem",
            "partnership", "action", "step", "lockstep");
    private static final Set<String> RESPONSES = Set.of("respond", "retaliate", "retaliat", "answer", "react");
    /** Nouns that frame a measure as intended: "a proposal for duties", "the threat of sanctions". */
    private static final Set<String> FRAMES = Set.of("proposal", "plan", "threat", "call", "bid", "push", "move",
            "decision", "possibility", "option", "idea", "prospect");
    /** What a weak designation verb ("target", "list") must reach to be a measure: people and bodies, not places. */
    private static final Set<String> PEOPLE = Set.of("individual", "person", "people", "official", "entity",
            "company", "firm", "bank", "businessman", "oligarch", "citizen", "national", "member", "leader", "figure",
            "officer", "associate", "executive", "general", "commander", "minister", "network", "group", "vessel",
            "ship", "institution", "organization", "organisation", "body", "actor");
    private static final Set<String> AGENTS = Set.of("by", "under");
    private static final Set<String> TELL = Set.of("tell", "inform", "notify");
    private static final Set<String> CONNECTIVES = Set.of("including", "such", "include");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubjpass");

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
        return () -> verb(s, t, i).or(() -> ordered(s, t, i));
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
            targets.addAll(prepositionObjects(t, c, TARGET_PREPOSITIONS)); // "an asset freeze and a ban on X"
        }
        if (targets.isEmpty()) {
            targets.addAll(prepositionObjects(t, h, TARGET_PREPOSITIONS)); // "a wave of sanctions against X"
        }
        if (v != h && !sides(t, i, h, v, imposers, targets)) {
            return Optional.empty();
        }
        addParticiple(t, i, imposers, targets);
        if (named.get() == MeasureType.TARIFFS) {
            targets.addAll(prepositionObjects(t, v, Set.of("from"))); // "on steel pipes from X", however hung
        }
        if (named.get() == MeasureType.FACILITY_CLOSURE) {
            targets.addAll(prepositionObjects(t, i, Set.of("of"))); // "the closure of X's consulate"
        }
        MeasureType type = joined ? named.get() : umbrella(t, i, named.get());
        return MeasureModality.of(t, i, v).map(status -> new MeasureClause(s, i, v, type, status, imposers,
                modifiers(t, i), targets, causes(t, i, v), partners(t, v)));
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
                && isPredicate(t, t.head(head))) {
            return t.head(head); // "responded with new sanctions", "put themselves at risk of sanctions"
        }
        return isPredicate(t, head) && !t.is(h, "pobj") || t.lemma(head).equals("subject") ? head : h;
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
            if (!REACH_VERBS.contains(t.lemma(v)) && responding(t, v).isEmpty()) {
                return false;
            }
            targets.addAll(t.children(v, Set.of("dobj")));
            targets.addAll(prepositionObjects(t, v, Set.of("to", "on", "against")));
        } else if (under || t.lemma(v).equals("face") || t.lemma(v).equals("subject")) {
            t.subject(v).ifPresent(targets::add);
        } else {
            imposers.addAll(t.isPassive(v) ? prepositionObjects(t, v, AGENTS) : subjects(t, v));
            targets.addAll(after(v, prepositionObjects(t, v, TARGET_PREPOSITIONS)));
            if (t.children(v, Set.of("prep")).stream().anyMatch(p -> t.lemma(p).equals("among"))) {
                t.children(v, Set.of("dobj")).stream().filter(o -> o != h).forEach(targets::add); // "among them X"
            }
            if (MeasureWords.LIFT_VERBS.contains(t.lemma(v))) {
                targets.addAll(prepositionObjects(t, i, Set.of("for", "of")));
            }
        }
        return true;
    }

    /** "sanctions imposed by Canada against the regime": a participle on the measure noun names its sides. */
    private static void addParticiple(Tree t, int i, List<Integer> imposers, List<Integer> targets) {
        for (int c : t.children(i, Set.of("acl"))) {
            imposers.addAll(prepositionObjects(t, c, Set.of("by")));
            targets.addAll(prepositionObjects(t, c, TARGET_PREPOSITIONS));
        }
    }

    private static Optional<MeasureClause> verb(int s, Tree t, int i) {
        Optional<MeasureType> type = MeasureWords.verb(t, i);
        if (type.isEmpty() || isClassification(t, i)) {
            return Optional.empty();
        }
        List<Integer> imposers = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        if (t.isPassive(i)) {
            imposers.addAll(prepositionObjects(t, i, AGENTS));
            for (int c : t.children(i, Set.of("prep"))) {
                t.children(c, Set.of("pcomp")).forEach(p -> imposers.addAll(prepositionObjects(t, p, AGENTS)));
            }
            if (imposers.isEmpty()) {
                imposers.addAll(teller(t, i)); // "told him that his staff had been declared persona non grata"
            }
            t.child(i, "nsubjpass").ifPresent(targets::add);
        } else if (t.is(i, "acl") || t.is(i, "nmod") || t.is(i, "amod")) {
            imposers.addAll(prepositionObjects(t, i, Set.of("by")));
            if (imposers.isEmpty()) {
                return Optional.empty(); // "sanctioned Russian entities": a description, not an act
            }
            targets.add(t.head(i));
        } else {
            imposers.addAll(subjects(t, i));
            targets.addAll(t.children(i, Set.of("dobj")));
            targets.addAll(after(i, prepositionObjects(t, i, TARGET_PREPOSITIONS)));
        }
        if (MeasureWords.is(t, i, Set.of("target", "list"))) {
            // "Moscow only targets military goals": only people and bodies are designated
            targets.removeIf(o -> !t.token(o).tag().startsWith("NNP") && !MeasureWords.is(t, o, PEOPLE));
        }
        if (type.get() == MeasureType.EXPORT_CONTROLS) {
            targets.clear(); // goods go "to" the state an export ban cuts off
            t.children(i, Set.of("dobj")).forEach(o -> targets.addAll(prepositionObjects(t, o, Set.of("to"))));
            targets.addAll(prepositionObjects(t, i, Set.of("to")));
        }
        return MeasureModality.of(t, i, i).map(status -> new MeasureClause(s, i, i, type.get(), status, imposers,
                List.of(), targets, causes(t, i, i), partners(t, i)));
    }

    /** "directed 35 Russian diplomats to leave", "ordered the mission to shrink its staff", "ordered X closed". */
    private static Optional<MeasureClause> ordered(int s, Tree t, int i) {
        if (!ORDER_VERBS.contains(t.lemma(i)) || !isPredicate(t, i)) {
            return Optional.empty();
        }
        List<Integer> objects = t.children(i, Set.of("dobj"));
        for (int o : objects) {
            List<Integer> complements = new ArrayList<>(t.children(i, Set.of("xcomp", "oprd", "ccomp")));
            complements.addAll(t.children(o, Set.of("acl"))); // "ordered a consulate closed"
            for (int c : complements) {
                boolean leave = LEAVE.contains(t.lemma(c)) && (MeasureWords.isEnvoy(t.lemma(o))
                        || MeasureWords.isFacility(t.lemma(o)));
                boolean close = MeasureWords.isClosure(t.lemma(c)) && MeasureWords.isFacility(t.lemma(o));
                if (leave || close) {
                    MeasureType type = close ? MeasureType.FACILITY_CLOSURE : MeasureType.EXPULSION;
                    return MeasureModality.of(t, i, i).map(status -> new MeasureClause(s, i, i, type, status,
                            subjects(t, i), List.of(), List.of(o), causes(t, i, i), partners(t, i)));
                }
            }
        }
        return Optional.empty();
    }

    /** The subject of a verb, or of the verb it shares it with ("X imposed ... and sanctioned", "decided to list"). */
    static List<Integer> subjects(Tree t, int verb) {
        for (int k = verb, steps = 0; k >= 0 && steps < 6; k = t.head(k), steps++) {
            int clause = k;
            Optional<Integer> subject = t.subject(clause).or(() -> datedSubject(t, clause));
            if (subject.isPresent()) {
                return List.of(subject.get());
            }
            boolean framed = (t.is(k, "dobj") || t.is(k, "pobj")) && FRAMES.contains(t.lemma(k));
            if (!t.is(k, "conj") && !t.is(k, "xcomp") && !t.is(k, "advcl") && !t.is(k, "pcomp")
                    && !t.is(k, "prep") && !t.is(k, "acomp") && !framed) {
                break;
            }
        }
        return List.of();
    }

    /**
     * "On Tuesday Chile expelled ...": the parser may hang the subject on the opening date phrase; a name right
     * after a date inside a phrase before the verb is its subject.
     */
    private static Optional<Integer> datedSubject(Tree t, int verb) {
        for (int p : t.children(verb, Set.of("prep"))) {
            for (int o : t.children(p, Set.of("pobj"))) {
                boolean dated = t.children(o).stream().anyMatch(c -> t.token(c).entity().endsWith("DATE"));
                if (p < verb && dated && !t.token(o).entity().endsWith("DATE")) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The one who tells of an agentless step: "X told him that his staff had been declared persona non grata". */
    private static List<Integer> teller(Tree t, int verb) {
        if (t.is(verb, "ccomp") && TELL.contains(t.lemma(t.head(verb)))) {
            return subjects(t, t.head(verb));
        }
        return List.of();
    }

    /** Phrases after the verb: one before it ("On Tuesday X imposed") sets the time, not the target. */
    private static List<Integer> after(int verb, List<Integer> objects) {
        return objects.stream().filter(o -> o > verb).toList();
    }

    /** "designated X as a terrorist entity", "listing Y as a state sponsor of terrorism": a label, no sanction. */
    private static boolean isClassification(Tree t, int i) {
        for (int p : t.children(i)) {
            if (t.lemma(p).equals("as") && (t.is(p, "prep") || t.is(p, "mark"))) {
                int from = t.subtreeStart(p);
                int to = t.subtreeEnd(p);
                for (int k = from; k < to; k++) {
                    if (t.lemma(k).startsWith("terror") || t.lemma(k).equals("sponsor")) {
                        return true;
                    }
                }
            }
        }
        return false;
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
                    && FRAMES.contains(t.lemma(n)); // "the Commission's proposal for duties"
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

    /** A verb or predicate adjective, whatever the tagger made of it ("to impose/DET"). */
    static boolean isPredicate(Tree t, int k) {
        return t.token(k).tag().startsWith("VB") || t.token(k).pos().matches("VERB|AUX")
                || t.token(k).tag().startsWith("JJ") && t.lemma(k).equals("subject");
    }

    private static boolean isAtOrUnder(Tree t, int preposition) {
        return t.lemma(preposition).equals("under") || t.lemma(preposition).equals("at");
    }

    /**
     * "respond to X's violations", "retaliating against A and B": the verb joined to the measure's verb, or a clause
     * on it, that says what the measure answers.
     */
    private static List<Integer> responding(Tree t, int verb) {
        List<Integer> out = new ArrayList<>();
        int first = t.is(verb, "conj") ? t.head(verb) : verb;
        List<Integer> verbs = new ArrayList<>(t.conjuncts(first));
        new ArrayList<>(verbs).forEach(v -> verbs.addAll(t.children(v, Set.of("advcl"))));
        for (int v : verbs) {
            if (MeasureWords.is(t, v, RESPONSES)) {
                for (int o : prepositionObjects(t, v, Set.of("to", "against"))) {
                    out.add(t.child(o, "poss").orElse(o));
                }
            }
        }
        return out;
    }

    /**
     * Whom a measure answers when no phrase names its target: "over X's support for", "in response to X's assault",
     * the subject of its condition ("if Russia failed to engage").
     */
    private static List<Integer> causes(Tree t, int noun, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int k : List.of(noun, verb)) {
            for (int o : prepositionObjects(t, k, Set.of("over", "in", "for", "as"))) {
                int cause = t.lemma(o).equals("response") || t.lemma(o).equals("part")
                        ? prepositionObjects(t, o, Set.of("to", "of")).stream().findFirst().orElse(-1) : o;
                if (cause >= 0 && t.lemma(cause).equals("response")) {
                    cause = prepositionObjects(t, cause, Set.of("to")).stream().findFirst().orElse(-1);
                }
                if (cause >= 0) {
                    t.child(cause, "poss").ifPresent(out::add);
                }
            }
        }
        out.addAll(responding(t, verb));
        if (out.isEmpty()) {
            MeasureModality.conditionClause(t, verb).flatMap(t::subject).ifPresent(out::add);
        }
        return out;
    }

    /** "in coordination with A and B", "alongside A": states that take the same step. */
    private static List<Integer> partners(Tree t, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int o : prepositionObjects(t, verb, Set.of("in", "alongside"))) {
            if (COORDINATION.contains(t.lemma(o))) {
                out.addAll(prepositionObjects(t, o, Set.of("with")));
            } else if (t.lemma(t.head(o)).equals("alongside")) {
                out.add(o);
            }
        }
        return out;
    }

    /** The objects of the word's prepositions, through a "prep" arc or a passive's "agent" arc. */
    static List<Integer> prepositionObjects(Tree t, int word, Set<String> prepositions) {
        List<Integer> out = new ArrayList<>(t.prepositionObjects(word, prepositions));
        for (int c : t.children(word, Set.of("prep"))) {
            if (prepositions.contains(t.lemma(c)) && t.child(c, "pobj").isEmpty()) {
                t.child(c, "pcomp").ifPresent(out::add);
            }
        }
        return out;
    }
}
