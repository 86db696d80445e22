package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeasureType;

/**
 * Measures a verb takes itself: "sanctioned X", "expelled 60 diplomats", "barred X from entering", "froze the assets
 * of X", "directed 35 diplomats to leave", "ordered a consulate closed"; the imposer is the subject (a passive's
 * agent), the target the object (a passive's subject, or the noun a participle describes).
 */
final class MeasureVerbs {
    static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "upon", "targeting");

    /** Verbs that send diplomats home or shrink a mission: "directed 35 diplomats to leave". */
    private static final Set<String> ORDER_VERBS = Set.of("direct", "order", "tell", "ask", "instruct", "give");

    private static final Set<String> LEAVE = Set.of("leave", "depart", "shrink", "reduce", "cut", "downsize");

    /** What a weak designation verb ("target", "list") must reach to be a measure: people and bodies, not places. */
    private static final Set<String> PEOPLE = Set.of("individual", "person", "people", "official", "entity",
            "company", "firm", "bank", "businessman", "oligarch", "citizen", "national", "member", "leader", "figure",
            "officer", "associate", "executive", "general", "commander", "minister", "network", "group", "vessel",
            "ship", "institution", "organization", "organisation", "body", "actor");

    static final Set<String> AGENTS = Set.of("by", "under");

    static Optional<MeasureClause> verb(int s, Tree t, int i) {
        Optional<MeasureType> type = MeasureWords.verb(t, i);
        if (type.isEmpty() || isClassification(t, i)) {
            return Optional.empty();
        }
        List<Integer> imposers = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        if (t.isPassive(i)) {
            imposers.addAll(MeasureArcs.prepositionObjects(t, i, AGENTS));
            for (int c : t.children(i, Set.of("prep"))) {
                t.children(c, Set.of("pcomp")).forEach(p -> imposers.addAll(MeasureArcs.prepositionObjects(t, p, AGENTS)));
            }
            if (imposers.isEmpty()) {
                imposers.addAll(MeasureArcs.teller(t, i)); // "told him that his staff had been declared persona non grata"
            }
            t.child(i, "nsubjpass").ifPresent(targets::add);
        } else if (t.is(i, "acl") || t.is(i, "nmod") || t.is(i, "amod")) {
            imposers.addAll(MeasureArcs.prepositionObjects(t, i, Set.of("by")));
            if (imposers.isEmpty()) {
                return Optional.empty(); // "sanctioned Russian entities": a description, not an act
            }
            targets.add(t.head(i));
        } else {
            imposers.addAll(MeasureArcs.subjects(t, i));
            targets.addAll(t.children(i, Set.of("dobj")));
            targets.addAll(MeasureArcs.after(i, MeasureArcs.prepositionObjects(t, i, TARGET_PREPOSITIONS)));
        }
        if (MeasureWords.is(t, i, Set.of("target", "list"))) {
            // "Moscow only targets military goals": only people and bodies are designated
            targets.removeIf(o -> !t.token(o).tag().startsWith("NNP") && !MeasureWords.is(t, o, PEOPLE));
        }
        if (type.get() == MeasureType.EXPORT_CONTROLS) {
            targets.clear(); // goods go "to" the state an export ban cuts off
            t.children(i, Set.of("dobj")).forEach(o -> targets.addAll(MeasureArcs.prepositionObjects(t, o, Set.of("to"))));
            targets.addAll(MeasureArcs.prepositionObjects(t, i, Set.of("to")));
        }
        return MeasureModality.of(t, i, i).map(status -> new MeasureClause(s, i, i, type.get(), status, imposers,
                List.of(), targets, MeasureArcs.causes(t, i, i), MeasureArcs.partners(t, i)));
    }

    /** "directed 35 Russian diplomats to leave", "ordered the mission to shrink its staff", "ordered X closed". */
    static Optional<MeasureClause> ordered(int s, Tree t, int i) {
        if (!ORDER_VERBS.contains(t.lemma(i)) || !MeasureArcs.isPredicate(t, i)) {
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
                            MeasureArcs.subjects(t, i), List.of(), List.of(o), MeasureArcs.causes(t, i, i), MeasureArcs.partners(t, i)));
                }
            }
        }
        return Optional.empty();
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

    private MeasureVerbs() {
    }
}
