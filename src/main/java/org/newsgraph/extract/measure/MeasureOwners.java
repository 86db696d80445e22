package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/**
 * Whose the things a measure reaches are: the state whose diplomats or posts are sent home or closed ("60 Russian
 * diplomats", "Peru's consulate", "its embassy in X" closed by its own state acts against the host), the holder of
 * frozen assets, the state goods come from, and whom a possessive pronoun stands for.
 */
final class MeasureOwners {
    private final ArticleContext ctx;
    private final Narration narration;
    private final Referents referents;

    MeasureOwners(ArticleContext ctx, Narration narration, Referents referents) {
        this.ctx = ctx;
        this.narration = narration;
        this.referents = referents;
    }

    /**
     * "Peru's ambassador", "60 Russian diplomats", "the Russian Consulate", "the assets of X": their owner. Assets
     * belong to their possessor; "their U.S. assets" are held in a state, not by it.
     */
    List<Entity> owner(int s, Tree t, int noun, Evidence evidence, boolean assets) {
        List<Entity> out = new ArrayList<>();
        for (int c : t.children(noun)) {
            boolean modifier = t.is(c, "poss") || !assets && (t.is(c, "compound") || t.is(c, "nmod"));
            List<Integer> words = modifier ? List.of(c) : t.is(c, "prep") && t.lemma(c).equals("of")
                    ? t.children(c, Set.of("pobj")) : List.of();
            for (int w : words) {
                for (int k : t.conjuncts(w)) {
                    ctx.at(s, k).flatMap(r -> ownerState(r, evidence, assets))
                            .ifPresent(e -> MeasureSides.addOnce(out, e));
                }
            }
        }
        if (MeasureWords.isFacility(t.lemma(noun))) {
            for (int h : MeasureArcs.prepositionObjects(t, noun, Set.of("in"))) {
                // "closed its embassy in X": a state closing its own post acts against the host
                ctx.at(s, h).flatMap(r -> hostState(r, evidence)).ifPresent(e -> MeasureSides.addOnce(out, e));
            }
        }
        if (out.isEmpty() || out.size() == 1 && MeasureWords.isFacility(t.lemma(noun))) {
            for (int p : t.children(noun, Set.of("poss"))) {
                for (Entity e : possessor(s, t, p)) {
                    Optional<Entity> owner = assets || e.type() != EntityType.PERSON ? Optional.of(e)
                            : narration.stateOf(e, evidence);
                    owner.ifPresent(o -> MeasureSides.addOnce(out, o));
                }
            }
        }
        return out;
    }

    /** The state a city or country named as a post's place lies in. */
    private Optional<Entity> hostState(Resolved r, Evidence evidence) {
        if (r.entity().type() == EntityType.COUNTRY) {
            return Optional.of(r.entity());
        }
        return ctx.countryOf(r).flatMap(q -> ctx.entityOf(q, evidence)).filter(e -> e.type() == EntityType.COUNTRY);
    }

    /** A diplomat's staff belong to the state the diplomat serves; assets to their holder. */
    private Optional<Entity> ownerState(Resolved r, Evidence evidence, boolean assets) {
        if (r.entity().type() == EntityType.PERSON) {
            return assets ? Optional.of(r.entity()) : narration.stateOf(r, evidence);
        }
        return actor(r, evidence);
    }

    /**
     * Whom a possessive pronoun stands for ("his employees", "its military leaders"): the article's referent, the
     * person "his" points back to, else for "its" the nearest state or body named before it in the sentence.
     */
    List<Entity> possessor(int s, Tree t, int pronoun) {
        List<Entity> referred = referents.of(s, pronoun);
        if (!referred.isEmpty()) {
            return referred;
        }
        String word = t.token(pronoun).text().toLowerCase(Locale.ROOT);
        boolean person = word.equals("his") || word.equals("her");
        if (person && narration.antecedent(s, pronoun).isPresent()) {
            return List.of(narration.antecedent(s, pronoun).get().entity());
        }
        if (!person && !word.equals("its")) {
            return List.of();
        }
        // "summoned X and told him that his employees ...": the one named last before it in the sentence
        return ctx.mentions().get(s).stream().filter(r -> r.mention().to() <= pronoun)
                .filter(r -> person ? r.entity().type() == EntityType.PERSON : r.entity().type().isCollectiveActor())
                .reduce((a, b) -> b).map(r -> List.of(r.entity())).orElse(List.of());
    }

    /** "on imports from X", "on solar panels made in X", "on Canadian goods": where the goods come from. */
    List<Entity> origin(int s, Tree t, int noun, Evidence evidence) {
        List<Entity> out = new ArrayList<>();
        for (int k = t.subtreeStart(noun); k < t.subtreeEnd(noun); k++) {
            boolean from = t.is(k, "pobj") && (t.lemma(t.head(k)).equals("from") || t.lemma(t.head(k)).equals("in"));
            // "American coal", "U.S. coal": a demonym or a state's name before the goods
            boolean demonym = k < noun && t.head(k) == noun && ctx.at(s, k).map(r -> r.mention().kind()
                    == NameKind.DEMONYM || r.entity().type() == EntityType.COUNTRY).orElse(false);
            if (from || demonym) {
                for (int c : t.conjuncts(k)) {
                    ctx.at(s, c).filter(r -> r.entity().type() != EntityType.PERSON).flatMap(r -> actor(r, evidence))
                            .ifPresent(e -> MeasureSides.addOnce(out, e));
                }
            }
        }
        return out;
    }

    /** A name as a target: a capital stands for its state. */
    private Optional<Entity> actor(Resolved r, Evidence evidence) {
        if (r.entity().type() == EntityType.PLACE) {
            return narration.countryServed(r, evidence);
        }
        return Optional.of(r.entity());
    }
}
