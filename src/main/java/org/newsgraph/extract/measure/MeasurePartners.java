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
            "states", "neighbors", "neighbours", "economies");
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
        // the clause told the first imposer's own step; the partners' is the new one
        List<Entity> all = new ArrayList<>(partners);
        Evidence evidence = narration.evidence(next, Rule.MEASURE_NOMINAL);
        return Optional.of(new MeasureDraft(all, List.of(), type, MeasureStatus.IMPOSED,
                narration.dateOf(next, ctx.sentence(next).start(), false), targets, List.of(), evidence));
    }

    /**
     * "Trump had first threatened all three trading partners in November": the partners are the states the article
     * named before, other than the threatener's own, when it named exactly as many; the threat is of the kind of
     * measure the article is about.
     */
    Optional<MeasureDraft> threatened(int s, org.newsgraph.extract.syntax.Tree t, MeasureSides sides,
                                      MeasureType type) {
        for (int v = 0; v < t.size(); v++) {
            if (!MeasureWords.is(t, v, Set.of("threaten", "warn"))) {
                continue;
            }
            for (int o : t.children(v, Set.of("dobj"))) {
                int count = MeasureTargets.count(t, o);
                if (count < 2 || !GROUPS.contains(t.token(o).text().toLowerCase(java.util.Locale.ROOT))
                        && !t.lemma(o).equals("neighbor") && !t.lemma(o).equals("economy")) {
                    continue;
                }
                Evidence evidence = narration.evidence(s, Rule.MEASURE_VERB);
                List<Entity> announcers = new ArrayList<>();
                List<Entity> imposers = sides.imposers(s, t, MeasureArcs.subjects(t, v), v, evidence, announcers);
                List<Entity> named = statesBefore(s, imposers);
                if (!imposers.isEmpty() && named.size() == count) {
                    return Optional.of(new MeasureDraft(imposers, announcers, type, MeasureStatus.THREATENED,
                            MeasureTiming.dateOf(narration, s, t, v, v), named, List.of(), evidence));
                }
            }
        }
        return Optional.empty();
    }

    private List<Entity> statesBefore(int s, List<Entity> own) {
        List<Entity> out = new ArrayList<>();
        for (int p = 0; p < s; p++) {
            ctx.mentions().get(p).stream().map(Resolved::entity).filter(e -> e.type() == EntityType.COUNTRY)
                    .filter(e -> own.stream().noneMatch(o -> o.identity().equals(e.identity())))
                    .forEach(e -> MeasureSides.addOnce(out, e));
        }
        return out;
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
