package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Places;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/**
 * Where an encounter took place, from its tree: a locative ("in Rome", "at the palace", "outside Beijing") on the
 * trigger or a verb above it, a fronted "In Rome," or "While in Rome", else one on the partner ("met A in Kinshasa").
 */
final class Setting {
    private static final Set<String> LOCATIVES = Set.of("in", "at", "outside", "near", "inside");
    private static final Set<String> SIDELINES = Set.of("sideline", "sidelines", "margin", "margins");

    private final ArticleContext ctx;
    private final Places places;

    Setting(ArticleContext ctx) {
        this.ctx = ctx;
        this.places = new Places(ctx);
    }

    /** A city or country and a venue. */
    record Found(Entity place, String venue) {
    }

    /** The place of the reading's encounter; {@code to} also reads "to X" ("welcomed A to London"). */
    Found of(int s, Tree t, Reading r, boolean to, Evidence evidence) {
        List<Integer> nodes = new ArrayList<>();
        nodes.add(r.trigger());
        nodes.addAll(t.ancestors(r.trigger()));
        String venue = null;
        for (int with : VerbReader.partnerPrepositions(t, r.trigger(), Set.of("with", "to"))) {
            t.child(with, "pobj").ifPresent(o -> nodes.addAll(t.conjuncts(o))); // "met A in Kinshasa"
        }
        t.child(r.trigger(), "dobj").ifPresent(o -> nodes.addAll(t.conjuncts(o)));
        for (int k : nodes) {
            List<Integer> at = locatives(t, k, to && k == r.trigger());
            if (k == r.trigger()) {
                t.children(k, Set.of("compound")).stream().filter(c -> isCity(s, c)).forEach(at::add); // "the Geneva talks"
            }
            for (int p : at) {
                Optional<Resolved> named = ctx.at(s, p);
                Optional<Entity> place = named.flatMap(n -> places.placeOf(n, evidence));
                if (place.isPresent()) {
                    return new Found(place.get(), venue);
                }
                venue = venue != null ? venue : named.flatMap(Places::venueOf).orElse(null);
                Optional<Entity> around = t.prepositionObjects(p, Set.of("in")).stream()
                        .map(c -> ctx.at(s, c).flatMap(n -> places.placeOf(n, evidence))).flatMap(Optional::stream)
                        .findFirst(); // "at the palace in Brasilia"
                if (around.isPresent()) {
                    return new Found(around.get(), venue);
                }
            }
        }
        Optional<Entity> there = whereBefore(s, t, r.trigger(), evidence).or(() -> sidelines(s, t, r, evidence));
        return new Found(there.orElse(null), venue);
    }

    /** "Traveled to Warsaw, where he met A": the place named before "where". */
    private Optional<Entity> whereBefore(int s, Tree t, int trigger, Evidence evidence) {
        Optional<Integer> where = t.children(trigger, Set.of("advmod")).stream()
                .filter(c -> t.lemma(c).equals("where")).findFirst();
        for (int k = where.orElse(0) - 1; k >= 0; k--) {
            Optional<Entity> place = t.is(k, "pobj") ? ctx.at(s, k).flatMap(n -> places.placeOf(n, evidence))
                    : Optional.empty();
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    /** "On the sidelines of a conference in Geneva": the city of the gathering. */
    private Optional<Entity> sidelines(int s, Tree t, Reading r, Evidence evidence) {
        int clause = r.clause() >= 0 ? r.clause() : r.trigger();
        for (int k = t.subtreeStart(clause); k < t.subtreeEnd(clause); k++) {
            if (SIDELINES.contains(t.lemma(k)) && t.dominates(clause, k)) {
                for (int of : t.prepositionObjects(k, Set.of("of"))) {
                    Optional<Entity> place = t.prepositionObjects(of, Set.of("in")).stream()
                            .map(c -> ctx.at(s, c).flatMap(n -> places.placeOf(n, evidence)))
                            .flatMap(Optional::stream).findFirst();
                    if (place.isPresent()) {
                        return place;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The place a destination word names: the city, else the country. */
    Optional<Entity> named(int s, int word, Evidence evidence) {
        return ctx.at(s, word).flatMap(n -> places.placeOf(n, evidence));
    }

    private boolean isCity(int s, int word) {
        return ctx.at(s, word).filter(r -> r.entity().type() == EntityType.PLACE
                || r.mention().kind() == NameKind.METONYM).isPresent();
    }

    /** The objects of the word's locatives, with "While in X" (an adverbial clause headed by "in"). */
    private static List<Integer> locatives(Tree t, int k, boolean to) {
        List<Integer> out = new ArrayList<>(t.prepositionObjects(k, to ? Set.of("in", "at", "outside", "to")
                : LOCATIVES));
        for (int c : t.children(k, Set.of("advcl"))) {
            if (LOCATIVES.contains(t.lemma(c))) {
                t.child(c, "pobj").ifPresent(out::add);
            }
        }
        return out;
    }
}
