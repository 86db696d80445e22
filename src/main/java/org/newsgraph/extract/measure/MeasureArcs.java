package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;

/**
 * The arcs of a measure clause that reach beyond the measure's own phrase: the subject a verb shares with the verbs
 * it is joined to or governed by, the objects of its prepositions, whom it answers ("in response to X's ...") and
 * whom it is taken with ("in coordination with A and B").
 */
final class MeasureArcs {
    private static final Set<String> COORDINATION = Set.of("coordination", "cooperation", "concert", "tandem",
            "partnership", "action", "step", "lockstep");

    private static final Set<String> RESPONSES = Set.of("respond", "retaliate", "retaliat", "answer", "react");

    /** Nouns that frame a measure as intended: "a proposal for duties", "the threat of sanctions". */
    static final Set<String> FRAMES = Set.of("proposal", "plan", "threat", "call", "bid", "push", "move",
            "decision", "possibility", "option", "idea", "prospect");

    private static final Set<String> TELL = Set.of("tell", "inform", "notify");

    /** Documents that do what their signer means: "an order placing tariffs", "a decree banning exports". */
    private static final Set<String> INSTRUMENTS = Set.of("order", "decree", "directive", "proclamation",
            "memorandum", "regulation");

    /** The subject of a verb, or of the verb it shares it with ("X imposed ... and sanctioned", "decided to list"). */
    static List<Integer> subjects(Tree t, int verb) {
        for (int k = verb, steps = 0; k >= 0 && steps < 6; k = t.head(k), steps++) {
            int clause = k;
            Optional<Integer> subject = t.subject(clause).or(() -> datedSubject(t, clause));
            if (subject.isPresent()) {
                return List.of(subject.get());
            }
            Optional<Integer> controller = t.is(k, "xcomp") ? t.child(t.head(k), "dobj") : Optional.empty();
            if (controller.isPresent()) {
                return List.of(controller.get()); // "urged X to lift its tariffs": X would lift them
            }
            boolean framed = (t.is(k, "dobj") || t.is(k, "pobj"))
                    && (FRAMES.contains(t.lemma(k)) || INSTRUMENTS.contains(t.lemma(k)));
            // "signed an order placing tariffs on X": who issues the instrument imposes what it does
            boolean byInstrument = t.is(k, "acl") && t.head(k) >= 0 && INSTRUMENTS.contains(t.lemma(t.head(k)));
            if (!t.is(k, "conj") && !t.is(k, "xcomp") && !t.is(k, "advcl") && !t.is(k, "pcomp")
                    && !t.is(k, "prep") && !t.is(k, "acomp") && !framed && !byInstrument) {
                break;
            }
        }
        return List.of();
    }

    /**
     * "On Tuesday Chile expelled ...": the parser may hang the subject on the opening date phrase; a name right
     * after a date inside a phrase before the verb is its subject.
     */
    static Optional<Integer> datedSubject(Tree t, int verb) {
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
    static List<Integer> teller(Tree t, int verb) {
        if (t.is(verb, "ccomp") && TELL.contains(t.lemma(t.head(verb)))) {
            return subjects(t, t.head(verb));
        }
        return List.of();
    }

    /** Phrases after the verb: one before it ("On Tuesday X imposed") sets the time, not the target. */
    static List<Integer> after(int verb, List<Integer> objects) {
        return objects.stream().filter(o -> o > verb).toList();
    }

    /** A verb or predicate adjective, whatever the tagger made of it ("to impose/DET"). */
    static boolean isPredicate(Tree t, int k) {
        return t.token(k).tag().startsWith("VB") || t.token(k).pos().matches("VERB|AUX")
                || t.token(k).tag().startsWith("JJ") && t.lemma(k).equals("subject");
    }

    /**
     * "respond to X's violations", "retaliating against A and B": the verb joined to the measure's verb, or a clause
     * on it, that says what the measure answers.
     */
    static List<Integer> responding(Tree t, int verb) {
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
    static List<Integer> causes(Tree t, int noun, int verb) {
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
    static List<Integer> partners(Tree t, int verb) {
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

    private MeasureArcs() {
    }
}
