package org.newsgraph.extract.measure;

import java.util.List;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;

/**
 * What the parse of one sentence says about one measure, in word indices of that sentence: the words that name its
 * imposers and its targets (heads of their phrases), before they are read as entities.
 *
 * @param sentence  the sentence
 * @param word      the measure word (the noun "sanctions" or the verb "sanctioned")
 * @param verb      the verb the measure's sides hang on (the light verb of a noun), or the measure word itself
 * @param type      the kind of measure
 * @param status    where it stands
 * @param imposers  heads of the phrases that name who imposes it; empty when the clause names no one
 * @param modifiers names on the measure noun ("UK sanctions", "Russian and Belarusian sanctions"): its imposers when
 *                  the clause names no other, else its targets
 * @param targets   heads of the phrases that name whom it reaches
 * @param causes    heads of the phrases naming whom it answers ("in response to X's ...", "retaliating against
 *                  X"): its targets when its own phrases reach no one
 * @param partners  heads of the phrases naming states it is taken "in coordination with"
 */
record MeasureClause(int sentence, int word, int verb, MeasureType type, MeasureStatus status, List<Integer> imposers,
                     List<Integer> modifiers, List<Integer> targets, List<Integer> causes, List<Integer> partners) {
    MeasureClause {
        imposers = imposers.stream().distinct().toList();
        modifiers = modifiers.stream().distinct().toList();
        targets = targets.stream().distinct().toList();
        causes = causes.stream().distinct().toList();
        partners = List.copyOf(partners);
    }
}
