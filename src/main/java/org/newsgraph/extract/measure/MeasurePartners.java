package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.Rule;

/**
 * Partners that take a step of their own: "X is imposing these sanctions in coordination with A and B. The three
 * countries are taking similar action in response to Y's ...". The partners' step is told by the next sentence,
 * whose subject counts or names them all; its target is whom it answers.
 */
final class MeasurePartners {
    private static final Set<String> GROUPS = Set.of("countries", "nations", "governments", "partners", "allies",
            "states");
    private static final Set<String> STEPS = Set.of("take", "impose", "announce", "adopt", "introduce", "follow");

    private final ArticleContext ctx;
    private final Narration narration;

    MeasurePartners(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /** The partners' own step, when the sentence after the clause tells it. */
    Optional<MeasureDraft> step(int s, List<Entity> imposers, List<Entity> partners, MeasureType type) {
        int next = s + 1;
        if (partners.isEmpty() || next >= ctx.words().size() || !namesThemAll(next, imposers.size() + partners.size())) {
            return Optional.empty();
        }
        List<Word> words = ctx.words().get(next);
        if (words.stream().noneMatch(w -> STEPS.contains(Lexicon.lower(w.lemma())))) {
            return Optional.empty();
        }
        List<Entity> targets = answered(next);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        List<Entity> all = new ArrayList<>(partners);
        imposers.forEach(i -> MeasureSides.addOnce(all, i));
        Evidence evidence = narration.evidence(next, Rule.MEASURE_NOMINAL);
        return Optional.of(new MeasureDraft(all, List.of(), type, MeasureStatus.IMPOSED,
                narration.dateOf(next, ctx.sentence(next).start(), false), targets, List.of(), evidence));
    }

    /** "The three countries", "They", "All three": a subject that stands for every state of the clause. */
    private boolean namesThemAll(int s, int count) {
        List<Word> words = ctx.words().get(s);
        if (words.size() < 3) {
            return false;
        }
        if (words.get(0).is("they") || words.get(0).is("both")) {
            return true;
        }
        int n = MeasureTargets.number(Lexicon.lower(words.get(1).text()));
        return (words.get(0).is("the") || words.get(0).is("all")) && n == count
                && GROUPS.contains(Lexicon.lower(words.get(2).text()));
    }

    /** "in response to X's repression", "against X": the state the step answers. */
    private List<Entity> answered(int s) {
        List<Word> words = ctx.words().get(s);
        for (int k = 1; k < words.size(); k++) {
            boolean mark = words.get(k - 1).is("response") && words.get(k).is("to") || words.get(k).is("against");
            if (!mark) {
                continue;
            }
            for (Resolved r : ctx.mentions().get(s)) {
                boolean owner = r.mention().to() < words.size() && words.get(r.mention().to()).isPossessive();
                if (r.mention().from() > k && r.entity().type() == EntityType.COUNTRY && owner) {
                    return List.of(r.entity());
                }
            }
        }
        return List.of();
    }
}
