package org.newsgraph.extract.measure;

import java.util.Set;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.PartialDate;

/** How a measure verb places its step in time: told as the article's news, or as background. */
final class MeasureTiming {
    /** Arcs from a measure's verb up to a verb that governs it: "threatened to impose", "said X would bar". */
    private static final Set<String> CHAIN = Set.of("xcomp", "ccomp", "conj");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Verbs that tell of measures in force rather than a step taken: "sanctions remain on X". */
    private static final Set<String> STANDING = Set.of("remain", "stay", "continue", "enforce", "maintain", "keep");
    private static final Set<String> EARLIER = Set.of("previously", "already", "earlier", "formerly", "once",
            "still");
    /** Subordinators of a clause told as happening at the time of the clause it hangs on. */
    private static final Set<String> MEANWHILE = Set.of("as", "when", "while");

    private MeasureTiming() {
    }

    /**
     * The date the measure's own clause gives: a date expression whose words hang on the measure's verb or noun, on
     * a verb governing it ("threatened that day to impose") or on a non-finite verb under it ("ordered X closed in
     * March"), but not one inside another clause of the sentence ("the elections on 28 July"); null when none.
     */
    static PartialDate dateOf(Narration narration, int sentence, Tree t, int verb, int word) {
        Set<Integer> anchors = new java.util.HashSet<>(java.util.List.of(verb, word));
        for (int k = verb; k >= 0 && (CHAIN.contains(t.relation(k)) || isMeans(t, k)); k = t.head(k)) {
            anchors.add(t.head(k)); // "retaliated hours later by ordering": the means shares the act's date
        }
        boolean meanwhile = t.is(verb, "advcl") && t.children(verb, Set.of("mark")).stream()
                .anyMatch(m -> MEANWHILE.contains(t.lemma(m)));
        if (meanwhile) {
            anchors.add(t.head(verb)); // "met on March 12 as the US imposed sanctions": the step shares that date
        }
        for (int o : t.children(verb, Set.of("dobj"))) {
            t.children(o, Set.of("acl")).forEach(anchors::add); // "ordered a consulate closed in March"
        }
        for (DateMention d : narration.dates(sentence)) {
            for (int k = 0; k < t.size(); k++) {
                boolean inside = t.token(k).start() >= d.start() && t.token(k).end() <= d.end();
                if (inside && hangsOn(t, k, anchors)) {
                    return d.date();
                }
            }
        }
        for (int k = 0; k < t.size(); k++) {
            boolean sameDay = t.lemma(k).equals("day") && t.children(k).stream()
                    .anyMatch(c -> t.lemma(c).equals("that") || t.lemma(c).equals("same"));
            if (sameDay && hangsOn(t, k, anchors)) {
                return narration.dateOf(sentence, t.token(k).start(), true); // "threatened that day"
            }
        }
        return null;
    }

    /** "by ordering": a gerund after "by" (reached through the preposition), or the preposition itself. */
    private static boolean isMeans(Tree t, int k) {
        boolean gerund = t.is(k, "pcomp") && t.head(k) >= 0 && t.lemma(t.head(k)).equals("by");
        return gerund || t.is(k, "prep") && t.lemma(k).equals("by");
    }

    /** Whether word {@code k} hangs on one of the anchors without passing another finite verb. */
    private static boolean hangsOn(Tree t, int k, Set<Integer> anchors) {
        for (int a = t.head(k), steps = 0; a >= 0 && steps < 6; a = t.head(a), steps++) {
            if (anchors.contains(a)) {
                return true;
            }
            if (FINITE.contains(t.token(a).tag()) || t.is(a, "acl") || t.is(a, "relcl")) {
                return false; // "the ones announced on October 3": the date of another step
            }
        }
        return false;
    }

    /** "was previously sanctioned", "already listed", "had designated": a step taken before the news. */
    static boolean isBackground(Tree t, int verb) {
        boolean earlier = t.children(verb).stream().anyMatch(c -> EARLIER.contains(t.lemma(c)));
        boolean pastPerfect = t.children(verb, Set.of("aux")).stream()
                .anyMatch(a -> t.token(a).text().equalsIgnoreCase("had"));
        boolean standing = MeasureWords.is(t, verb, STANDING);
        return earlier || pastPerfect || standing || t.is(verb, "relcl"); // "the measures X has imposed on Y"
    }

    /** "is sanctioning", "has designated", "imposes": a step told as taken now. */
    static boolean isPresent(Tree t, int verb) {
        String tag = t.token(verb).tag();
        boolean present = tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG");
        boolean perfectOrProgressive = t.children(verb, Set.of("aux", "auxpass")).stream()
                .anyMatch(a -> Set.of("VBZ", "VBP").contains(t.token(a).tag()));
        return present || perfectOrProgressive || !t.token(verb).pos().equals("VERB");
    }
}
