package org.newsgraph.extract.discourse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * What the sentence of a group phrase or plural pronoun says itself about whom it means, before the story's
 * earlier sentences are asked: "A and B said their ...", "X said he would tell Y when the two leaders meet", "a
 * network that hid their profits" (no one), and whom the phrase leaves out ("X congratulated the three ministers").
 */
final class OwnSentence {
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Sides sides;
    /** Whether word k of sentence s heads a group phrase itself ("the leaders"). */
    private final BiPredicate<Integer, Integer> isGroup;

    OwnSentence(ArticleContext ctx, Narration narration, Sides sides, BiPredicate<Integer, Integer> isGroup) {
        this.ctx = ctx;
        this.narration = narration;
        this.sides = sides;
        this.isGroup = isGroup;
    }

    /**
     * For a pronoun, the subject of the nearest clause above it that has one before it: a coordination of actors
     * is whom a subject or possessive means ("the US and the EU should lift their sanctions"), never an object
     * ("A and B pledged to support them"); a thing or a relative pronoun means no
     * one (empty list); a single actor or another group leaves the question to the sentences before (empty).
     */
    Optional<List<Entity>> pronounClause(int s, int word) {
        Tree tree = Tree.of(ctx.sentence(s));
        for (int a : tree.ancestors(word)) {
            Optional<Integer> subject = Sides.nearestSubject(tree, a);
            if (subject.isEmpty() || subject.get() >= word) {
                continue;
            }
            int k = subject.get();
            String tag = tree.token(k).tag();
            if (tag.equals("WDT") || tag.equals("WP")) {
                return Optional.of(List.of());
            }
            boolean object = tree.relation(word).endsWith("obj") || tree.is(word, "dative");
            List<Entity> actors = tree.conjuncts(k).size() >= 2 && !object ? sides.actors(s, k) : List.of();
            if (actors.size() >= 2) {
                return Optional.of(actors);
            }
            boolean thing = (tag.equals("NN") || tag.equals("NNS")) && ctx.at(s, k).isEmpty() && !isGroup.test(s, k);
            return thing ? Optional.of(List.of()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The people named before a counted group phrase in its sentence, when they are as many as it says. */
    List<Entity> namedBefore(int s, int word, int count) {
        Map<String, Entity> people = new LinkedHashMap<>();
        for (Resolved r : ctx.mentions().get(s)) {
            boolean quoted = narration.isQuoted(ctx.words().get(s).get(r.mention().from()));
            if (r.mention().to() <= word && r.entity().type() == EntityType.PERSON && !quoted) {
                people.putIfAbsent(r.entity().identity(), r.entity());
            }
        }
        return count >= 2 && people.size() == count ? List.copyOf(people.values()) : List.of();
    }

    /**
     * The actors the phrase's own clause names beside it, which it does not include: its verb's subject for an
     * object ("X congratulated the three ministers"), the other conjuncts for a conjunct ("X and the ministers").
     */
    List<Entity> others(int s, int phrase) {
        Tree tree = Tree.of(ctx.sentence(s));
        List<Entity> out = new ArrayList<>();
        int first = phrase;
        while (first >= 0 && tree.is(first, "conj")) {
            first = tree.head(first);
        }
        for (int c : first >= 0 ? tree.conjuncts(first) : List.<Integer>of()) {
            if (c != phrase) {
                out.addAll(sides.actors(s, c));
            }
        }
        int verb = tree.is(phrase, "pobj") && tree.head(phrase) >= 0 ? tree.head(tree.head(phrase))
                : tree.is(phrase, "dobj") ? tree.head(phrase) : -1;
        if (verb >= 0) {
            Sides.subjectOf(tree, verb).ifPresent(k -> out.addAll(sides.actors(s, k)));
        }
        return out;
    }

    /** The number a group phrase states: "the two leaders", "both sides"; 0 when it states none. */
    static int count(Tree tree, int head) {
        for (int c : tree.children(head)) {
            String w = Lexicon.lower(tree.token(c).text());
            int n = NUMBERS.indexOf(w) + 2;
            if (w.equals("both")) {
                return 2;
            }
            if (n >= 2) {
                return n;
            }
            if (w.matches("\\d+")) {
                return Integer.parseInt(w);
            }
        }
        return 0;
    }
}
