package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * "The delegation", "the mission": the person who leads it, as the article told before ("X will lead a
 * delegation to ...", "a delegation led by X", "the delegation was headed by X", "X's delegation"); else the state
 * it comes from ("the Chilean delegation", "a delegation from Chile").
 */
final class Delegations {
    private static final Set<String> NOUNS = Set.of("delegation", "mission");
    private static final Set<String> LEAD_VERBS = Set.of("lead", "head");
    private static final int REACH = 8;

    private final ArticleContext ctx;
    private final Sides sides;

    Delegations(ArticleContext ctx, Sides sides) {
        this.ctx = ctx;
        this.sides = sides;
    }

    /** The head of "the delegation" at or around word {@code word}, or -1. */
    int head(int s, int word) {
        Tree tree = Tree.of(ctx.sentence(s));
        int head = tree.is(word, "det") || tree.is(word, "nmod") || tree.is(word, "amod") ? tree.head(word) : word;
        if (head < 0 || !NOUNS.contains(tree.lemma(head)) || !tree.token(head).tag().equals("NN")) {
            return -1;
        }
        boolean definite = tree.children(head).stream().anyMatch(c -> tree.lemma(c).equals("the"));
        boolean named = tree.children(head).stream().anyMatch(c -> tree.is(c, "compound")
                && ctx.at(s, c).filter(r -> r.entity().type() != EntityType.COUNTRY).isPresent());
        return definite && !named ? head : -1;
    }

    Optional<Entity> of(int s, int word) {
        int head = head(s, word);
        if (head < 0) {
            return Optional.empty();
        }
        Optional<Entity> from = sides.actors(s, head).stream()
                .filter(e -> e.type() == EntityType.COUNTRY).findFirst();
        for (int t = s; t >= 0 && t >= s - REACH; t--) {
            Optional<Entity> leader = leader(t, t == s ? head : Integer.MAX_VALUE);
            if (leader.isPresent()) {
                return leader;
            }
        }
        return from;
    }

    /** The person a sentence says leads a delegation or mission named before word {@code limit}. */
    private Optional<Entity> leader(int t, int limit) {
        Tree tree = Tree.of(ctx.sentence(t));
        for (int k = 0; k < Math.min(limit, tree.size()); k++) {
            if (!NOUNS.contains(tree.lemma(k))) {
                continue;
            }
            Optional<Entity> person = people(t, leaderPhrase(tree, k));
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }

    /** Where the leader of the delegation noun at {@code k} stands in the tree, or -1. */
    private static int leaderPhrase(Tree tree, int k) {
        int h = tree.head(k);
        if (h >= 0 && tree.is(k, "dobj") && LEAD_VERBS.contains(tree.lemma(h))) {
            return Sides.subjectOf(tree, h).orElse(-1); // "X will lead a delegation"
        }
        for (int c : tree.children(k)) {
            if (tree.is(c, "acl") && LEAD_VERBS.contains(tree.lemma(c))) {
                return tree.prepositionObjects(c, Set.of("by")).stream().findFirst().orElse(-1); // "led by X"
            }
            if (tree.is(c, "poss")) {
                return c; // "X's delegation"
            }
        }
        if (h >= 0 && tree.is(k, "nsubjpass") && LEAD_VERBS.contains(tree.lemma(h))) {
            return tree.prepositionObjects(h, Set.of("by")).stream().findFirst().orElse(-1); // "was led by X"
        }
        return -1;
    }

    private Optional<Entity> people(int t, int phrase) {
        if (phrase < 0) {
            return Optional.empty();
        }
        List<Entity> actors = sides.actors(t, phrase);
        return actors.stream().filter(e -> e.type() == EntityType.PERSON).findFirst();
    }
}
