package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.quote.QuoteFinder;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sanction;
import org.newsgraph.model.Token;

/**
 * Punitive measures of one article. Each parsed sentence's measure clauses ({@link MeasureReader}) are read as
 * actors ({@link MeasureSides}, {@link MeasureTargets}); lists of those a measure reached are read by
 * {@link MeasureLists}; a clause that names no imposer (a passive without agent, "the sanctions target X", a list)
 * takes the imposer of the article's lead measure. The tellings of one measure are merged.
 */
public final class MeasureFinder {
    /**
     * Whether a sentence, tagged but not yet parsed, may state a measure: it holds a measure word. Lists of the
     * measure's targets ("The five individuals are:" and the lines after it) are read without a parse.
     */
    public static boolean worthParsing(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> MeasureWords.isTriggerLemma(t.lemma().toLowerCase(java.util.Locale.ROOT))
                || MeasureWords.isTriggerLemma(t.text().toLowerCase(java.util.Locale.ROOT)));
    }

    public List<Sanction> find(ArticleContext ctx, Narration narration) {
        Referents referents = new Referents(ctx, narration);
        Reading reading = new Reading(ctx, narration, new MeasureSides(ctx, narration, referents),
                new MeasureTargets(ctx, narration, referents), new QuoteFinder().find(ctx, narration));
        List<Sanction> found = new ArrayList<>();
        for (int s = 0; s < ctx.words().size(); s++) {
            Tree t = Tree.of(ctx.sentence(s));
            for (MeasureClause clause : MeasureReader.read(s, t)) {
                reading.read(t, clause).ifPresent(found::add);
            }
        }
        found.addAll(reading.agentless());
        found.addAll(new MeasureLists(ctx, narration, reading).find());
        for (Quote q : reading.quotes()) {
            QuotedThreats.of(ctx, narration, q).filter(m -> isNew(m, found)).ifPresent(found::add);
        }
        return MeasureMerge.merge(found);
    }

    /** A threat read from a quotation adds nothing when the article tells a measure between the same sides. */
    private static boolean isNew(Sanction threat, List<Sanction> found) {
        return found.stream().noneMatch(m -> m.imposers().containsAll(threat.imposers())
                && m.targets().containsAll(threat.targets()));
    }

    /** The state of the reading of one article: the lead imposer and the clauses waiting for it. */
    static final class Reading {
        private final ArticleContext ctx;
        private final Narration narration;
        private final MeasureSides sides;
        private final MeasureTargets targets;
        private final List<Quote> quotes;
        private Lead lead;
        private final List<Waiting> waiting = new ArrayList<>();

        Reading(ArticleContext ctx, Narration narration, MeasureSides sides, MeasureTargets targets, List<Quote> quotes) {
            this.ctx = ctx;
            this.narration = narration;
            this.sides = sides;
            this.targets = targets;
            this.quotes = quotes;
        }

        /** The imposers of the article's first measure and the date it was taken. */
        record Lead(List<Entity> imposers, List<Entity> announcers, PartialDate date) {
        }

        private record Waiting(MeasureClause clause, List<Entity> targets, PartialDate date) {
        }

        List<Quote> quotes() {
            return quotes;
        }

        Optional<Lead> lead() {
            return Optional.ofNullable(lead);
        }

        Optional<Sanction> read(Tree t, MeasureClause c) {
            Evidence evidence = narration.evidence(c.sentence(), Rule.MEASURE_VERB);
            List<Entity> announcers = new ArrayList<>();
            List<Entity> imposers = sides.imposers(c.sentence(), t, c.imposers(), c.verb(), evidence, announcers);
            List<Entity> named = sides.imposers(c.sentence(), t, c.modifiers(), c.verb(), evidence, new ArrayList<>());
            List<Entity> reached = new ArrayList<>(targets.read(c.sentence(), t, c.targets(), evidence).all());
            if (imposers.isEmpty()) {
                imposers.addAll(named); // "UK sanctions": the modifier imposes when the clause names no one else
            } else {
                named.forEach(e -> MeasureSides.addOnce(reached, e)); // "Truss announced Russian sanctions"
            }
            if (imposers.isEmpty()) {
                imposers.addAll(speakerState(c, evidence, announcers));
            }
            List<Entity> against = reached.stream().filter(e -> imposers.stream()
                    .noneMatch(i -> i.identity().equals(e.identity()))).toList();
            PartialDate date = dateOf(t, c);
            if (lead == null && !imposers.isEmpty() && c.status() == MeasureStatus.IMPOSED) {
                lead = new Lead(imposers, announcers, date);
            }
            if (against.isEmpty()) {
                return Optional.empty();
            }
            if (imposers.isEmpty()) {
                waiting.add(new Waiting(c, against, date));
                return Optional.empty();
            }
            Rule rule = c.status() == MeasureStatus.IMPOSED || c.status() == MeasureStatus.LIFTED
                    ? Rule.MEASURE_VERB : Rule.MEASURE_MODAL;
            return Optional.of(new Sanction(imposers, against, announcers, c.type(), c.status(), date,
                    List.of(narration.evidence(c.sentence(), rule))));
        }

        /** The clauses that named no imposer, taken by the article's lead imposer. */
        List<Sanction> agentless() {
            List<Sanction> out = new ArrayList<>();
            if (lead == null) {
                return out;
            }
            for (Waiting w : waiting) {
                List<Entity> against = w.targets().stream().filter(e -> lead.imposers().stream()
                        .noneMatch(i -> i.identity().equals(e.identity()))).toList();
                if (!against.isEmpty()) {
                    out.add(new Sanction(lead.imposers(), against, lead.announcers(), w.clause().type(),
                            w.clause().status(), w.date() != null ? w.date() : lead.date(),
                            List.of(narration.evidence(w.clause().sentence(), Rule.MEASURE_NOMINAL))));
                }
            }
            return out;
        }

        /** A measure a speaker names inside a quotation without saying who takes it: the speaker's state does. */
        private List<Entity> speakerState(MeasureClause c, Evidence evidence, List<Entity> announcers) {
            int at = ctx.words().get(c.sentence()).get(c.word()).start();
            for (Quote q : quotes) {
                if (q.evidence().start() <= at && at < q.evidence().end()) {
                    Optional<Entity> state = narration.stateOf(q.speaker(), evidence);
                    state.ifPresent(x -> announcers.add(q.speaker()));
                    return state.map(List::of).orElse(List.of());
                }
            }
            return List.of();
        }

        /**
         * The measure's date: its clause's own, else the day the article tells of for a step it tells as taken now
         * (a present or perfect verb, "today"); a past step without a date of its own took place on the lead's day.
         */
        PartialDate dateOf(Tree t, MeasureClause c) {
            PartialDate own = MeasureTiming.dateOf(narration, c.sentence(), t, c.verb(), c.word());
            if (own != null || c.status() != MeasureStatus.IMPOSED && c.status() != MeasureStatus.LIFTED) {
                return own;
            }
            if (MeasureTiming.isBackground(t, c.verb())) {
                return null;
            }
            if (MeasureTiming.isPresent(t, c.verb()) || lead == null || lead.date() == null) {
                return published();
            }
            return lead.date();
        }

        PartialDate published() {
            return narration.published() == null ? null : PartialDate.of(narration.published());
        }

        ArticleContext ctx() {
            return ctx;
        }

        MeasureSides sides() {
            return sides;
        }

        MeasureTargets targets() {
            return targets;
        }
    }
}
