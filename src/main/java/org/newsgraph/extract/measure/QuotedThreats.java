package org.newsgraph.extract.measure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.quote.QuoteFinder;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sanction;

/**
 * Measures a leader names in a quotation as the way to deal with someone ("we will answer them with sanctions"):
 * threats by the speaker's state against the actor the quotation names.
 */
final class QuotedThreats {
    private static final Pattern QUOTED_MEASURE = Pattern.compile("(?i)\\b(sanctions?|tariffs?)\\b");

    private QuotedThreats() {
    }

    static Optional<Sanction> of(ArticleContext ctx, Narration narration, Quote q) {
        var m = QUOTED_MEASURE.matcher(q.text());
        if (!m.find()) {
            return Optional.empty();
        }
        MeasureType type = m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("tariff")
                ? MeasureType.TARIFFS : MeasureType.SANCTIONS;
        int first = q.evidence().sentenceIndex();
        int last = QuoteFinder.sentenceAt(ctx, q.evidence().end() - 1);
        Evidence evidence = new Evidence(first, q.evidence().start(), q.evidence().end(), q.evidence().snippet(),
                Rule.MEASURE_QUOTED);
        Optional<Entity> state = narration.stateOf(q.speaker(), evidence);
        Optional<Entity> target = targetInside(ctx, q, first, last, state);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Entity imposer = state.orElse(q.speaker());
        List<Entity> announcers = state.isPresent() ? List.of(q.speaker()) : List.of();
        PartialDate date = narration.dateOf(last, ctx.sentence(last).end(), false);
        return Optional.of(new Sanction(List.of(imposer), List.of(target.get()), announcers, type,
                MeasureStatus.THREATENED, date, List.of(evidence)));
    }

    private static Optional<Entity> targetInside(ArticleContext ctx, Quote q, int first, int last,
                                                 Optional<Entity> state) {
        for (int s = first; s <= last; s++) {
            for (Resolved r : ctx.mentions().get(s)) {
                Entity e = r.entity();
                boolean inside = r.mention().start() >= q.evidence().start() && r.mention().end() <= q.evidence().end();
                boolean actor = e.type() == EntityType.PERSON || e.type() == EntityType.COUNTRY;
                boolean own = e.identity().equals(q.speaker().identity())
                        || state.map(st -> st.identity().equals(e.identity())).orElse(false);
                if (inside && actor && !own) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
