package org.newsgraph.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.Appositions;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Position;
import org.newsgraph.model.Rule;

/**
 * Position holdings from titles: "Turkish Foreign Minister Hakan Fidan" (title before the name, the country or
 * body before the title) and "Ana Ruiz, the central bank's chief economist" (apposition).
 */
public final class PositionFinder {
    public List<Position> find(ArticleContext ctx) {
        List<Position> out = new ArrayList<>();
        ListedRoles listed = new ListedRoles(ctx);
        Appointments appointments = new Appointments(ctx);
        RoleChains chains = new RoleChains(ctx);
        for (int s = 0; s < ctx.mentions().size(); s++) {
            out.addAll(appointments.find(s));
            for (Resolved r : ctx.mentions().get(s)) {
                if (r.entity().type() == EntityType.PERSON) {
                    byRole(ctx, s, r).ifPresent(out::add);
                    titleInName(ctx, s, r).ifPresent(out::add);
                    premodifier(ctx, s, r).ifPresent(out::add);
                    apposition(ctx, s, r).ifPresent(out::add);
                    roleBefore(ctx, s, r).ifPresent(out::add);
                    listed.of(s, r).ifPresent(out::add);
                    out.addAll(chains.before(s, r));
                    out.addAll(chains.after(s, r));
                    out.addAll(chains.signature(s, r));
                }
            }
        }
        out.addAll(new Counterparts(ctx, out).find());
        return distinct(out);
    }

    /** Two rules may read one holding ("Ghana's president, X" is a role before and a role phrase): keep one. */
    private static List<Position> distinct(List<Position> positions) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Position> out = new ArrayList<>();
        for (Position p : positions) {
            String jurisdiction = p.jurisdiction() == null ? "" : p.jurisdiction().identity();
            if (seen.add(p.holder().identity() + "|" + p.title().toLowerCase(java.util.Locale.ROOT) + "|"
                    + jurisdiction)) {
                out.add(p);
            }
        }
        return out;
    }

    private Optional<Position> premodifier(ArticleContext ctx, int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        List<Titles.Title> chain = Titles.chainBefore(words, person.mention().from());
        Optional<Titles.Title> office = chain.stream().filter(t -> !t.isStyle()).findFirst();
        if (office.isEmpty()) {
            return Optional.empty();
        }
        int chainStart = Titles.skipPrefixes(words, chain.get(0).from());
        Optional<Resolved> served = ctx.endingBefore(s, chainStart).filter(PositionFinder::canServe);
        int from = served.map(r -> r.mention().from()).orElse(chainStart);
        Evidence evidence = evidence(ctx, s, from, person.mention().to(), Rule.POSITION_PREMODIFIER);
        return Optional.of(position(ctx, person, office.get().text(), served, evidence));
    }

    /** Credits and bylines state a role of their own: photographer, reporter. */
    private Optional<Position> byRole(ArticleContext ctx, int s, Resolved person) {
        Rule rule = person.mention().rule();
        if (rule != Rule.CREDIT && rule != Rule.BYLINE) {
            return Optional.empty();
        }
        Mention m = person.mention();
        Evidence evidence = evidence(ctx, s, m.from(), m.to(), rule);
        return Optional.of(position(ctx, person, rule == Rule.CREDIT ? "photographer" : "reporter", Optional.empty(),
                evidence));
    }

    /** A knowledge-base name that opens with an office ("Pope Francis", "King Charles III") states it. */
    private Optional<Position> titleInName(ArticleContext ctx, int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        Mention m = person.mention();
        if (m.entry() == null || m.isSingleWord()) {
            return Optional.empty();
        }
        Optional<Titles.Title> title = Titles.startingAt(words, m.from()).filter(t -> !t.isStyle() && t.to() < m.to());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = evidence(ctx, s, m.from(), m.to(), Rule.POSITION_PREMODIFIER);
        return Optional.of(position(ctx, person, title.get().text(), Optional.empty(), evidence));
    }

    private Optional<Position> apposition(ArticleContext ctx, int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        Optional<Titles.Title> role = Appositions.roleAfter(words, person.mention().to());
        if (role.isEmpty() || personInside(ctx, s, person.mention().to() + 1)) {
            return Optional.empty();
        }
        Optional<Resolved> served = Optional.empty();
        for (int i = person.mention().to() + 1; i < role.get().from(); i++) {
            Optional<Resolved> r = ctx.at(s, i).filter(PositionFinder::canServe);
            if (r.isPresent()) {
                served = r;
            }
        }
        if (served.isEmpty() && role.get().to() + 1 < words.size() && words.get(role.get().to()).is("of")) {
            served = ctx.at(s, role.get().to() + 1).or(() -> ctx.at(s, role.get().to() + 2))
                    .filter(PositionFinder::canServe);
        }
        Evidence evidence = evidence(ctx, s, person.mention().from(), role.get().to(), Rule.POSITION_APPOSITION);
        return Optional.of(position(ctx, person, role.get().text(), served, evidence));
    }

    /**
     * "Somalia's president, Hassan Sheikh Mohamud": the title and its country before the comma, also over a title
     * of the name's own ("Xi's envoy, Vice President Han Zheng").
     */
    private Optional<Position> roleBefore(ArticleContext ctx, int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        Optional<Titles.Title> role = Appositions.roleBefore(words, ListedRoles.head(ctx, s, person))
                .filter(t -> Titles.isTitle(t.text()));
        int end = person.mention().to();
        if (role.isEmpty() || end < words.size() && words.get(end).isPossessive()) {
            return Optional.empty();
        }
        int start = Titles.skipPrefixes(words, role.get().from());
        Optional<Resolved> served = ListedRoles.affiliation(ctx, s, person)
                .or(() -> ctx.endingBefore(s, start).filter(PositionFinder::canServe));
        for (int i = start; served.isEmpty() && i < role.get().to(); i++) {
            served = ctx.at(s, i).filter(PositionFinder::canServe);
        }
        int from = served.map(r -> Math.min(r.mention().from(), start)).orElse(start);
        Evidence evidence = evidence(ctx, s, from, person.mention().to(), Rule.POSITION_APPOSITION);
        return Optional.of(position(ctx, person, role.get().text(), served, evidence));
    }

    /**
     * "X, Senior Advisor for Africa Y," and "X, Defence Minister Y and former President Z": a title after a comma
     * that runs into another name is that name's, not an apposition of X.
     */
    private static boolean personInside(ArticleContext ctx, int s, int from) {
        List<Word> words = ctx.words().get(s);
        for (int k = from; k < words.size() && !Set.of(",", ";", ".", "(").contains(words.get(k).text()); k++) {
            Optional<Resolved> other = ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON);
            int end = other.map(r -> r.mention().to()).orElse(k);
            if (other.isPresent() && !(end < words.size() && words.get(end).isPossessive())) {
                return true; // a possessor ("X, Trump's former adviser") holds no role here
            }
        }
        return false;
    }

    static boolean canServe(Resolved r) {
        return r.entity().type() == EntityType.COUNTRY || r.entity().type() == EntityType.ORGANIZATION;
    }

    static Position position(ArticleContext ctx, Resolved person, String title, Optional<Resolved> served,
                                     Evidence evidence) {
        Entity jurisdiction = served.map(Resolved::entity).orElse(null);
        Optional<String> countryQid = served.flatMap(ctx::countryOf).or(() -> ctx.countryOf(person));
        Entity country = jurisdiction != null && jurisdiction.type() == EntityType.COUNTRY ? jurisdiction
                : countryQid.flatMap(q -> ctx.entityOf(q, evidence)).orElse(null);
        return new Position(person.entity(), title, jurisdiction, country, evidence);
    }

    static Evidence evidence(ArticleContext ctx, int s, int fromWord, int toWord, Rule rule) {
        List<Word> words = ctx.words().get(s);
        int start = words.get(fromWord).start();
        int end = words.get(toWord - 1).end();
        String text = ctx.document().article().text().substring(start, end);
        return new Evidence(s, start, end, text, rule);
    }
}
