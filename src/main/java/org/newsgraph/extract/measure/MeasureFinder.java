package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.discourse.Actors;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.quote.QuoteFinder;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
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
 * in a quotation as the way to deal with someone ("we will answer them with sanctions"), which are
 * threats. The tellings of one measure (same sides, type, status and date) are merged.
 */
public final class MeasureFinder {
    private static final Pattern QUOTED_MEASURE = Pattern.compile("(?i)\\b(sanctions?|tariffs?)\\b");
    private static final Set<String> DESIGNATED = Set.of("designated", "sanctioned", "targeted", "listed", "named",
            "blacklisted");
    /** Plural nouns that sum up whom a measure reached: "The companies are X, Y and Z." */
    private static final Set<String> LISTED_GROUPS = Set.of("companies", "firms", "entities", "individuals",
            "people", "officials", "banks", "businesses");
    private static final Set<String> LIST_VERBS = Set.of("include", "includes", "are", "were", "included");
    private static final Set<String> OWNER_MARKS = Set.of("of", "by", "at", "for", "from", "with", "in");
    /** How many sentences back a list of designees may point to its measure. */
    private static final int LIST_REACH = 3;

    public List<Sanction> find(ArticleContext ctx, Narration narration) {
        MeasureReader reader = new MeasureReader(ctx, narration);
        List<Sanction> found = new ArrayList<>();
        for (int s = 0; s < ctx.words().size(); s++) {
            for (int i = 0; i < ctx.words().get(s).size(); i++) {
                reader.read(s, i, found).ifPresent(found::add);
            }
        }
        found.addAll(listedAlso(ctx, found));
        if (!found.isEmpty()) {
            MeasureClauses clauses = new MeasureClauses(ctx, narration, new Actors(ctx, narration));
            for (int s = 1; s < ctx.words().size(); s++) {
                clauses.partnersThreatened(s, found.get(0).measure()).ifPresent(found::add);
            }
        }
        for (Quote q : new QuoteFinder().find(ctx, narration)) {
            quotedThreat(ctx, narration, q).ifPresent(found::add);
        }
        return merge(found);
    }

    /**
     * A sentence that only lists whom the measure before it reached: "The list also names A; B; and C", "Those
     * designated include A, his deputy, B, and C", "The companies are X, Y and Z" (after a measure on companies).
     * The same measures reach each listed person (or company, for a designation); the imposer stays the one named
     * before, where the listing sentence names none.
     */
    private static List<Sanction> listedAlso(ArticleContext ctx, List<Sanction> found) {
        List<Sanction> out = new ArrayList<>();
        for (int s = 1; s < ctx.words().size(); s++) {
            List<Word> words = ctx.words().get(s);
            int verb = listVerb(words);
            int designation = verb >= 0 ? -1 : designationVerb(words);
            if (verb < 0 && designation < 0) {
                continue;
            }
            List<Entity> listed = listed(ctx, s, Math.max(verb, designation), verb >= 0);
            if (listed.isEmpty()) {
                continue;
            }
            List<Sanction> before = verb >= 0 ? measuresOfSentence(found, s - 1).stream()
                    .filter(m -> m.targets().stream().allMatch(t -> t.type() == EntityType.PERSON)).toList()
                    : designatedBefore(ctx, found, out, s, words.get(1));
            Evidence evidence = Evidence.of(ctx.sentence(s), Rule.MEASURE_NOMINAL);
            before.stream().map(m -> new Sanction(m.imposers(), listed, m.announcers(), m.measure(), m.status(),
                    m.date(), List.of(evidence))).forEach(out::add);
        }
        return out;
    }

    /** The people (or, in a designation, people and bodies) named after the listing verb. */
    private static List<Entity> listed(ArticleContext ctx, int s, int verb, boolean peopleOnly) {
        int from = ctx.words().get(s).get(verb).start();
        return ctx.mentions().get(s).stream().filter(r -> r.mention().start() > from)
                .filter(r -> peopleOnly ? r.entity().type() == EntityType.PERSON : isListedParty(ctx, s, r))
                .filter(r -> namesItsEntity(ctx, r)).map(Resolved::entity).distinct().toList();
    }

    /**
     * A list names each entry in full, so a name with a word its person's name lacks ("Myint Swe" taken for "Win
     * Myint") is someone else, and no entry to trust.
     */
    private static boolean namesItsEntity(ArticleContext ctx, Resolved r) {
        if (r.entity().type() != EntityType.PERSON) {
            return true;
        }
        List<Word> words = ctx.words().get(r.mention().sentence());
        int next = r.mention().to();
        if (next < words.size() && words.get(next).isProperNoun() && ctx.at(r.mention().sentence(), next).isEmpty()) {
            return false;
        }
        Set<String> name = Set.of(Lexicon.lower(r.entity().name()).split("[\\s-]+"));
        return Arrays.stream(Lexicon.lower(r.mention().text()).split("[\\s-]+")).allMatch(name::contains);
    }

    private static List<Sanction> measuresOfSentence(List<Sanction> found, int s) {
        return found.stream().filter(m -> m.evidence().get(0).sentenceIndex() == s).toList();
    }

    /**
     * The measures of the nearest sentence before {@code s} that has any: for "The companies are ..." the nearest
     * whose sentence names companies too, so a list of companies follows a measure on companies.
     */
    private static List<Sanction> designatedBefore(ArticleContext ctx, List<Sanction> found, List<Sanction> listed,
                                                   int s, Word group) {
        boolean named = !DESIGNATED.contains(Lexicon.lower(group.text()));
        for (int p = s - 1; p >= Math.max(0, s - LIST_REACH); p--) {
            List<Sanction> here = new ArrayList<>(measuresOfSentence(found, p));
            if (named && !here.isEmpty() && ctx.words().get(p).stream().anyMatch(w -> w.is(group.text()))) {
                return here;
            }
            here.addAll(measuresOfSentence(listed, p));
            if (!named && !here.isEmpty()) {
                return here;
            }
        }
        return List.of();
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

    /**
     * The index of the verb of "Those designated include", "The people sanctioned are", "The companies are" at the
     * start of a sentence, or -1.
     */
    private static int designationVerb(List<Word> words) {
        if (words.size() < 4 || !words.get(0).is("those") && !words.get(0).is("the")) {
            return -1;
        }
        String second = Lexicon.lower(words.get(1).text());
        boolean designated = DESIGNATED.contains(second);
        boolean group = LISTED_GROUPS.contains(second);
        if (designated && words.get(0).is("those") || group) {
            int v = DESIGNATED.contains(Lexicon.lower(words.get(2).text())) ? 3 : 2;
            return LIST_VERBS.contains(Lexicon.lower(words.get(v).text())) ? v : -1;
        }
        return -1;
    }

    /** A person or body named in the list itself, not one its entries are "of" or owned "by". */
    private static boolean isListedParty(ArticleContext ctx, int s, Resolved r) {
        EntityType type = r.entity().type();
        if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
            return false;
        }
        List<Word> words = ctx.words().get(s);
        int k = r.mention().from() - 1;
        if (k > 0 && words.get(k).is("the")) {
            k--;
        }
        return k < 0 || !OWNER_MARKS.contains(Lexicon.lower(words.get(k).text()));
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
