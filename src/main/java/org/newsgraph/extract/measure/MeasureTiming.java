package org.newsgraph.extract.measure;

import java.util.Set;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.PartialDate;

/** How a measure verb places its step in time: told as the article's news, or as background. */
final class MeasureTiming {
    private static final Set<String> EARLIER = Set.of("previously", "already", "earlier", "formerly", "once");

    private MeasureTiming() {
    }

    /**
     * The date the measure's own clause gives: a date expression whose words hang on the measure's verb or noun
     * ("imposed sanctions Wednesday", "today (14 October)"), not one inside another phrase of the sentence ("the
     * elections on 28 July"); null when it gives none.
     */
    static PartialDate dateOf(Narration narration, int sentence, Tree t, int verb, int word) {
        for (DateMention d : narration.dates(sentence)) {
            for (int k = 0; k < t.size(); k++) {
                boolean inside = t.token(k).start() >= d.start() && t.token(k).end() <= d.end();
                if (inside && (modifies(t, k, verb) || modifies(t, k, word))) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /** Whether word {@code k} hangs on {@code head} through date-like arcs only. */
    private static boolean modifies(Tree t, int k, int head) {
        int a = k;
        for (int steps = 0; steps < 4 && a >= 0; steps++) {
            int h = t.head(a);
            if (h == head) {
                return true;
            }
            if (h < 0 || t.token(h).tag().startsWith("VB") && h != head) {
                return false;
            }
            a = h;
        }
        return false;
    }

    /** "was previously sanctioned", "already listed", "had designated": a step taken before the news. */
    static boolean isBackground(Tree t, int verb) {
        boolean earlier = t.children(verb).stream().anyMatch(c -> EARLIER.contains(t.lemma(c)));
        boolean pastPerfect = t.children(verb, Set.of("aux")).stream()
                .anyMatch(a -> t.token(a).text().equalsIgnoreCase("had"));
        return earlier || pastPerfect;
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
