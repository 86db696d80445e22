package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Punitive measures of one article: each measure word read by {@link MeasureReader}, plus measures a leader names
 * in a quotation as the way to deal with someone ("has to be dealt with ... through sanctions"), which are
 * threats. The tellings of one measure (same sides, type, status and date) are merged.
 */
final class SanctionFinder {
    private static final Pattern QUOTED_MEASURE = Pattern.compile("(?i)\\b(sanctions?|tariffs?)\\b");

    List<Sanction> find(ArticleContext ctx, Narration narration) {
        MeasureReader reader = new MeasureReader(ctx, narration);
        List<Sanction> found = new ArrayList<>();
        for (int s = 0; s < ctx.words.size(); s++) {
            for (int i = 0; i < ctx.words.get(s).size(); i++) {
                reader.read(s, i).ifPresent(found::add);
            }
        }
        found.addAll(listedAlso(ctx, found));
        for (Quote q : new QuoteFinder().find(ctx, narration)) {
            quotedThreat(ctx, narration, q).ifPresent(found::add);
        }
        return merge(found);
    }

    /**
     * "The list also names A; B; and C" right after a measure on named people: the same measures reach the people
     * the next sentence adds to its list.
     */
    private static List<Sanction> listedAlso(ArticleContext ctx, List<Sanction> found) {
        List<Sanction> out = new ArrayList<>();
        for (int s = 1; s < ctx.words.size(); s++) {
            List<Word> words = ctx.words.get(s);
            int verb = listVerb(words);
            if (verb < 0) {
                continue;
            }
            int from = words.get(verb).start();
            List<Entity> people = ctx.mentions.get(s).stream().filter(r -> r.mention().start() > from)
                    .map(Resolved::entity).filter(e -> e.type() == EntityType.PERSON).distinct().toList();
            Evidence evidence = Evidence.of(ctx.sentence(s), Rule.MEASURE_NOMINAL);
            int previous = s - 1;
            found.stream().filter(m -> m.evidence().get(0).sentenceIndex() == previous)
                    .filter(m -> m.targets().stream().allMatch(t -> t.type() == EntityType.PERSON))
                    .filter(m -> !people.isEmpty())
                    .map(m -> new Sanction(m.imposers(), people, m.announcers(), m.measure(), m.status(), m.date(),
                            List.of(evidence)))
                    .forEach(out::add);
        }
        return out;
    }

    /** The index of "names" or "includes" after "list" in a sentence about a list, or -1. */
    private static int listVerb(List<Word> words) {
        for (int k = 1; k < Math.min(words.size(), 6); k++) {
            String w = Lexicon.lower(words.get(k).text());
            boolean list = words.get(k - 1).is("list") || k > 1 && words.get(k - 2).is("list");
            if (list && (w.equals("names") || w.equals("includes") || w.equals("adds"))) {
                return k;
            }
        }
        return -1;
    }

    private static Optional<Sanction> quotedThreat(ArticleContext ctx, Narration narration, Quote q) {
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
            for (Resolved r : ctx.mentions.get(s)) {
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

    /** One measure per act: tellings with the same sides, type, status and date share their evidence. */
    private static List<Sanction> merge(List<Sanction> found) {
        Map<String, Sanction> merged = new LinkedHashMap<>();
        for (Sanction s : found) {
            String key = keys(s.imposers()) + ">" + keys(s.targets()) + "|" + s.measure() + "|" + s.status() + "|"
                    + s.date();
            Sanction before = merged.get(key);
            if (before == null) {
                merged.put(key, s);
                continue;
            }
            List<Evidence> evidence = new ArrayList<>(before.evidence());
            s.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            List<Entity> announcers = new ArrayList<>(before.announcers());
            s.announcers().stream().filter(a -> !announcers.contains(a)).forEach(announcers::add);
            merged.put(key, new Sanction(before.imposers(), before.targets(), announcers, before.measure(),
                    before.status(), before.date(), evidence));
        }
        List<Sanction> out = new ArrayList<>();
        for (Sanction s : merged.values()) {
            boolean dated = s.date() == null && merged.values().stream().anyMatch(o -> o.date() != null
                    && sameAct(o, s));
            if (!dated) {
                out.add(s);
            }
        }
        return out;
    }

    /** An undated telling (a headline) of an act the article dates elsewhere adds nothing of its own. */
    private static boolean sameAct(Sanction a, Sanction b) {
        return keys(a.imposers()).equals(keys(b.imposers())) && keys(a.targets()).equals(keys(b.targets()))
                && a.measure() == b.measure() && a.status() == b.status();
    }

    private static String keys(List<Entity> entities) {
        return entities.stream().map(Entity::identity).sorted().toList().toString();
    }
}
