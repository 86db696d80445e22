package org.newsgraph.extract.discourse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Rule;

/**
 * "They", "the two leaders", "both sides", "the ministers", "participants": the sides of the nearest encounter
 * told before ("X spoke with Y. The leaders discussed ..." means X and Y), or the actors of the nearest
 * coordinated subject ("A, B and C issued a statement. Their governments ..."). Sentences whose subject is itself
 * such a phrase carry the same group on. "They" after a sentence about things ("The sanctions target banks. They
 * also ...") means those things: no one. "Both sides", "the two countries" mean the sides' states.
 */
final class Groups {
    private static final Set<String> PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    /** Nouns that, with "the", "both" or a number, mean the sides of the story's encounter. */
    private static final Set<String> GROUP_NOUNS = Set.of("leader", "side", "minister", "participant",
            "president", "counterpart", "country", "nation", "government", "delegation");
    /** Of those, the ones that mean the sides' states rather than the people who met. */
    private static final Set<String> STATE_NOUNS = Set.of("side", "country", "nation", "government");
    private static final Set<String> GROUP_DETERMINERS = Set.of("the", "both", "these", "all", "our", "their");
    private static final int REACH = 12;

    private final ArticleContext ctx;
    private final Narration narration;
    private final Sides sides;
    private final BiFunction<Entity, Evidence, Optional<Entity>> stateOf;
    private final Supplier<Optional<Entity>> publisher;
    private final OwnSentence own;

    Groups(ArticleContext ctx, Narration narration, Sides sides,
           BiFunction<Entity, Evidence, Optional<Entity>> stateOf, Supplier<Optional<Entity>> publisher) {
        this.ctx = ctx;
        this.narration = narration;
        this.sides = sides;
        this.stateOf = stateOf;
        this.publisher = publisher;
        this.own = new OwnSentence(ctx, narration, sides, (t, k) -> groupHead(t, k) >= 0);
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(Lexicon.lower(word));
    }

    /** The head noun of the group phrase at word {@code word} ("the two leaders" from any of its words), or -1. */
    int groupHead(int s, int word) {
        Tree tree = Tree.of(ctx.sentence(s));
        int head = tree.is(word, "det") || tree.is(word, "nummod") || tree.is(word, "nmod")
                || tree.is(word, "poss") ? tree.head(word) : word;
        if (head < 0 || !tree.token(head).tag().equals("NNS") || !GROUP_NOUNS.contains(tree.lemma(head))) {
            return -1;
        }
        boolean determined = tree.lemma(head).equals("participant") || tree.children(head).stream()
                .anyMatch(c -> GROUP_DETERMINERS.contains(tree.lemma(c)) || tree.token(c).tag().equals("CD"));
        boolean saysWhom = tree.children(head).stream().anyMatch(c -> tree.is(c, "appos")
                || tree.is(c, "prep") && Set.of("of", "from").contains(tree.lemma(c))
                || tree.is(c, "compound") && tree.token(c).pos().equals("PROPN")) // "the G20 leaders"
                || ctx.at(s, head).isPresent();
        return determined && !saysWhom ? head : -1;
    }

    /** Whom the pronoun or group phrase at word {@code word} means, or nobody. */
    List<Entity> of(int s, int word) {
        boolean pronoun = isPronoun(ctx.words().get(s).get(word).text());
        int head = pronoun ? word : groupHead(s, word);
        if (head < 0) {
            return List.of();
        }
        Optional<List<Entity>> clause = pronoun ? own.pronounClause(s, word) : Optional.empty();
        if (clause.isPresent()) {
            return clause.get();
        }
        for (int k = word - 1; pronoun && k >= 0; k--) {
            if (groupHead(s, k) == k) {
                return of(s, k); // "congratulated the three ministers on their ...": the group just named
            }
        }
        Tree tree = Tree.of(ctx.sentence(s));
        int count = OwnSentence.count(tree, head);
        List<Entity> group = new java.util.ArrayList<>(own.namedBefore(s, word, count));
        if (group.isEmpty()) {
            group.addAll(back(s, head, pronoun));
        }
        if (!tree.is(head, "poss")) {
            group.removeAll(own.others(s, head)); // "their" may mean its own clause's subject: "A and B ... their"
        }
        if (group.size() < 2 || count > 0 && count != group.size()) {
            return List.of(); // "the two leaders" after a meeting of three: unsure
        }
        boolean states = STATE_NOUNS.contains(tree.lemma(head));
        return states ? states(group, narration.evidence(s, Rule.COREFERENCE)) : List.copyOf(group);
    }

    private List<Entity> back(int s, int word, boolean pronoun) {
        for (int t = s; t >= 0 && t >= s - REACH; t--) {
            int limit = t == s ? word : ctx.words().get(t).size();
            Tree tree = Tree.of(ctx.sentence(t));
            Optional<Integer> subject = tree.root() < 0 ? Optional.empty() : Sides.nearestSubject(tree, tree.root());
            if (t < s && subject.isPresent() && refersBack(t, subject.get())) {
                continue;
            }
            List<Entity> met = sides.ofEncounter(t, limit);
            if (!met.isEmpty()) {
                return met;
            }
            List<Entity> joint = subject.isPresent() && subject.get() < limit ? coordinated(t, tree, subject.get())
                    : List.of();
            if (!joint.isEmpty()) {
                return joint;
            }
            if (pronoun && t < s && aboutThings(t, tree, subject, t == s - 1)) {
                return List.of();
            }
        }
        return List.of();
    }

    private boolean refersBack(int t, int subject) {
        return isPronoun(ctx.words().get(t).get(subject).text()) || groupHead(t, subject) >= 0;
    }

    /** A subject of two or more actors joined by "and": "A, B and C issued". */
    private List<Entity> coordinated(int t, Tree tree, int subject) {
        if (tree.conjuncts(subject).size() < 2) {
            return List.of();
        }
        List<Entity> actors = sides.actors(t, subject);
        return actors.size() >= 2 ? actors : List.of();
    }

    /**
     * Whether a plural of things or unnamed people is what "they" most likely means: the subject of the sentence
     * ("The measures ...") or, in the sentence just before, its main object ("announced sanctions on ...").
     */
    private boolean aboutThings(int t, Tree tree, Optional<Integer> subject, boolean justBefore) {
        if (subject.isPresent() && isPluralNoun(t, tree, subject.get())) {
            return true;
        }
        if (!justBefore || tree.root() < 0) {
            return false;
        }
        for (int o : tree.children(tree.root(), Set.of("dobj"))) {
            if (isPluralNoun(t, tree, o) || tree.prepositionObjects(o, Set.of("of")).stream()
                    .anyMatch(p -> isPluralNoun(t, tree, p))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPluralNoun(int t, Tree tree, int k) {
        return tree.token(k).tag().equals("NNS") && ctx.at(t, k).isEmpty()
                && !narration.isQuoted(ctx.words().get(t).get(k));
    }

    /**
     * The sides' states, in order. A government's readout names its own official without his state ("National
     * Security Advisor X met with Y"): one side without a state is the publisher's when no other side is.
     */
    private List<Entity> states(List<Entity> group, Evidence evidence) {
        Map<String, Entity> out = new LinkedHashMap<>();
        int stateless = -1;
        for (int i = 0; i < group.size(); i++) {
            Optional<Entity> state = stateOf.apply(group.get(i), evidence);
            if (state.isEmpty() && stateless >= 0) {
                return List.of();
            }
            if (state.isEmpty()) {
                stateless = i;
                out.put("?", null);
            } else {
                out.putIfAbsent(state.get().identity(), state.get());
            }
        }
        if (stateless >= 0) {
            Optional<Entity> own = publisher.get().filter(p -> !out.containsKey(p.identity()));
            if (own.isEmpty()) {
                return List.of();
            }
            out.put("?", own.get());
        }
        return out.size() >= 2 ? List.copyOf(out.values()) : List.of();
    }
}
