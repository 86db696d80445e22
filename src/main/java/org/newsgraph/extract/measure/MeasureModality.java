package org.newsgraph.extract.measure;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeasureStatus;

/**
 * Where a measure stands, read from the words that govern its verb: a lifting verb ("lifted", "no longer in
 * effect"), a threat ("threatened to", "is prepared to", "would have consequences, including sanctions", "at risk
 * of sanctions", a condition), a deliberation ("is considering", "discussed the use of sanctions if ..."), a
 * proposal ("legislation that would impose") or, by default, a measure taken.
 */
final class MeasureModality {
    private static final Set<String> THREATEN = Set.of("threaten", "threatening", "warn", "warning", "prepare",
            "prepared", "ready", "poise", "poised", "vow", "risk", "threat", "consequence", "consequences",
            "ultimatum");
    private static final Set<String> CONSIDER = Set.of("consider", "weigh", "mull", "explore", "contemplate",
            "discuss", "debate", "examine", "study", "possibility", "option", "review");
    private static final Set<String> PROPOSE = Set.of("propose", "proposal", "bill", "legislation", "draft", "plan",
            "recommend", "recommendation");
    private static final Set<String> MAYBE = Set.of("could", "might", "may");
    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj",
            "dobj", "relcl", "acl", "nmod", "acomp", "attr", "appos");
    private static final int REACH = 6;
    private static final Set<String> URGE = Set.of("urge", "call", "ask", "press", "demand");
    private static final Set<String> BLAME = Set.of("accuse", "blame", "charge");

    private MeasureModality() {
    }

    /** The status of the measure whose clause hangs on {@code verb}; empty when the clause denies it. */
    static Optional<MeasureStatus> of(Tree t, int word, int verb) {
        if (t.isNegated(verb) && !noLonger(t, verb) || t.isNegated(word)) {
            return Optional.empty();
        }
        boolean urged = t.auxiliaries(verb).stream().anyMatch(a -> a.equals("should") || a.equals("must"))
                || t.is(verb, "xcomp") && MeasureWords.is(t, t.head(verb), URGE);
        if (MeasureWords.is(t, verb, MeasureWords.LIFT_VERBS) && urged) {
            return Optional.of(MeasureStatus.IMPOSED); // "should lift their sanctions": the sanctions stand
        }
        if (MeasureWords.is(t, verb, MeasureWords.LIFT_VERBS) || noLonger(t, verb)) {
            return Optional.of(MeasureStatus.LIFTED);
        }
        return governed(t, verb);
    }

    /** The status the words above the verb give: the first cue on the way up, else its modals and conditions. */
    private static Optional<MeasureStatus> governed(Tree t, int verb) {
        Cues cues = new Cues();
        int k = verb;
        for (int step = 0; step < REACH && k >= 0; step++) {
            boolean joined = step > 0 && t.is(previous(t, k, verb), "conj");
            if (!joined) {
                // "was suspending contact and would bar": a joined verb's own words say nothing of this step
                Optional<Optional<MeasureStatus>> cue = cue(t, k, verb);
                if (cue.isPresent()) {
                    return cue.get();
                }
                cues.condition |= hasCondition(t, k);
                cues.blame |= blames(t, k);
            }
            cues.add(t.auxiliaries(k));
            if (!joined && !CLIMB.contains(t.relation(k))) {
                break;
            }
            k = t.head(k);
        }
        // "would impose tariffs, accusing X of ...": a step held over the one blamed is a threat
        if (cues.maybe || cues.condition || cues.would && cues.blame) {
            return Optional.of(MeasureStatus.THREATENED);
        }
        // "Germany would bar its leaders": a step the actor says it means to take, not yet taken
        return Optional.of(cues.would ? MeasureStatus.PROPOSED : MeasureStatus.IMPOSED);
    }

    /** The modals and conditions met on the way up from a measure's verb. */
    private static final class Cues {
        private boolean maybe;
        private boolean would;
        private boolean condition;
        private boolean blame;

        void add(java.util.List<String> auxiliaries) {
            maybe |= auxiliaries.stream().anyMatch(MAYBE::contains);
            would |= auxiliaries.contains("would");
        }
    }

    /** The status word {@code k} says on its own ("threatened to", "is considering"); empty when it says none. */
    private static Optional<Optional<MeasureStatus>> cue(Tree t, int k, int verb) {
        String text = t.token(k).text().toLowerCase(java.util.Locale.ROOT);
        String lemma = THREATEN.contains(text) ? text : t.lemma(k);
        if (k != verb && MeasureWords.LIFT_VERBS.contains(lemma) && t.token(k).pos().equals("VERB")) {
            return Optional.of(Optional.of(MeasureStatus.LIFTED));
        }
        if (THREATEN.contains(lemma)) {
            return Optional.of(Optional.of(MeasureStatus.THREATENED));
        }
        if (CONSIDER.contains(lemma)) {
            return Optional.of(Optional.of(MeasureStatus.CONSIDERED));
        }
        if (PROPOSE.contains(lemma)) {
            return Optional.of(Optional.of(MeasureStatus.PROPOSED));
        }
        if (k != verb && t.isNegated(k) && t.token(k).tag().startsWith("VB")) {
            return Optional.of(Optional.empty()); // "are not intended to target"
        }
        return Optional.empty();
    }

    /** The word on the path from {@code verb} whose head is {@code k}. */
    private static int previous(Tree t, int k, int verb) {
        int a = verb;
        while (a >= 0 && t.head(a) != k) {
            a = t.head(a);
        }
        return a < 0 ? verb : a;
    }

    /** "are no longer in effect": the negation ends a measure rather than denying it. */
    private static boolean noLonger(Tree t, int verb) {
        return t.children(verb).stream().anyMatch(c -> t.lemma(c).equals("longer"))
                || t.children(verb).stream().anyMatch(c -> t.lemma(c).equals("no")
                && t.children(verb).stream().anyMatch(d -> t.lemma(d).equals("longer")));
    }

    /** A clause "accusing X of ..." or "blaming X for ..." on the word. */
    private static boolean blames(Tree t, int k) {
        return t.children(k, Set.of("advcl", "xcomp")).stream().anyMatch(c -> BLAME.contains(t.lemma(c)));
    }

    /** A clause "if ..." or "unless ..." on the word: the measure waits on a condition. */
    static boolean hasCondition(Tree t, int k) {
        return conditionClause(t, k).isPresent();
    }

    /** The verb of the condition clause ("if Russia failed to engage") attached to word {@code k}. */
    static Optional<Integer> conditionClause(Tree t, int k) {
        for (int c : t.children(k, Set.of("advcl"))) {
            boolean conditional = t.children(c, Set.of("mark")).stream()
                    .anyMatch(m -> t.lemma(m).equals("if") || t.lemma(m).equals("unless"));
            if (conditional) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
