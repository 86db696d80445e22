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
            }
        }
        return new Found(null, venue);
    }

    /** The place given with one partner: "met A in Kinshasa and B in Kigali". */
    Optional<Entity> ofPartner(int s, Tree t, int partner, Evidence evidence) {
        for (int p : t.prepositionObjects(partner, LOCATIVES)) {
            Optional<Entity> place = ctx.at(s, p).flatMap(n -> places.placeOf(n, evidence));
            if (place.isPresent()) {
                return place;
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
