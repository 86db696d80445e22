package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;

/**
 * The person "he", "she", "him", "his" or "her" points back to. News carries its protagonist as the subject:
 * "X welcomed Y to Berlin. He praised ..." means X. So the subject of a clause before the pronoun comes first,
 * then the subject of the main clause of each sentence before, then (as {@link Narration#antecedent} reads it)
 * the first person a sentence names. An object pronoun never means the subject of its own verb ("X thanked him").
 */
final class Antecedents {
    private static final Set<String> SUBJECT_FORMS = Set.of("he", "she");
    private static final Set<String> OBJECTS = Set.of("dobj", "pobj", "iobj", "dative");
    private static final int REACH = 4;

    private final ArticleContext ctx;
    private final Narration narration;

    Antecedents(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    Optional<Resolved> of(int s, int word) {
        Optional<Resolved> own = subjectBefore(s, word);
        if (own.isPresent()) {
            return own;
        }
        for (int t = s - 1; t >= 0 && t >= s - REACH; t--) {
            Optional<Resolved> main = mainSubject(t);
            if (main.isPresent()) {
                return main;
            }
            if (!ctx.mentions().get(t).isEmpty() || startsWithPronoun(t)) {
                break; // the sentence names someone, just not as its subject: the older reading decides
            }
        }
        return narration.antecedent(s, word);
    }

    /**
     * A person subject of a clause before the pronoun in its own sentence, nearest first; for an object pronoun,
     * else the nearest person before it other than its verb's subject ("called X and thanked him").
     */
    private Optional<Resolved> subjectBefore(int s, int word) {
        Tree tree = Tree.of(ctx.sentence(s));
        if (!tree.isParsed()) {
            return Optional.empty();
        }
        boolean object = OBJECTS.contains(tree.relation(word));
        Set<Integer> own = object ? governingVerbs(tree, word) : Set.of();
        for (int k = word - 1; k >= 0; k--) {
            boolean subject = tree.is(k, "nsubj") || tree.is(k, "nsubjpass");
            if (subject && !own.contains(tree.head(k))) {
                Optional<Resolved> person = person(s, k);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return object ? nearestOtherThan(s, word, tree, own) : Optional.empty();
    }

    private Optional<Resolved> nearestOtherThan(int s, int word, Tree tree, Set<Integer> verbs) {
        Resolved best = null;
        for (Resolved r : ctx.mentions().get(s)) {
            int from = r.mention().from();
            boolean subjectOfVerbs = java.util.stream.IntStream.range(from, r.mention().to())
                    .anyMatch(k -> verbs.contains(tree.head(k)) && tree.relation(k).startsWith("nsubj"));
            if (r.entity().type() == EntityType.PERSON && r.mention().to() <= word && !subjectOfVerbs
                    && !narration.isQuoted(ctx.words().get(s).get(from))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The subject of the sentence's main clause, when it names a person or is a pronoun carried on. */
    private Optional<Resolved> mainSubject(int t) {
        Tree tree = Tree.of(ctx.sentence(t));
        int root = tree.root();
        Optional<Integer> subject = root < 0 ? Optional.empty() : tree.subject(root);
        if (subject.isEmpty() || !tree.conjuncts(subject.get()).equals(List.of(subject.get()))) {
            return Optional.empty(); // "A and B discussed ...": "he" is either of them
        }
        Word w = ctx.words().get(t).get(subject.get());
        if (SUBJECT_FORMS.contains(Lexicon.lower(w.text())) && !narration.isQuoted(w)) {
            return of(t, subject.get());
        }
        return person(t, subject.get());
    }

    private Optional<Resolved> person(int s, int k) {
        return ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON)
                .filter(r -> narration.canBeAntecedent(s, r));
    }

    private boolean startsWithPronoun(int t) {
        List<Word> words = ctx.words().get(t);
        return !words.isEmpty() && SUBJECT_FORMS.contains(Lexicon.lower(words.get(0).text()));
    }

    /**
     * The verb an object pronoun depends on (through its preposition: "spoke to him") and the verbs that share its
     * subject ("met X and thanked him", "agreed to call him").
     */
    private static Set<Integer> governingVerbs(Tree tree, int word) {
        Set<Integer> out = new java.util.HashSet<>();
        int h = tree.head(word);
        int verb = h >= 0 && tree.is(word, "pobj") ? tree.head(h) : h;
        int k = verb;
        while (k >= 0 && out.add(k) && (tree.is(k, "conj") || tree.is(k, "xcomp"))) {
            k = tree.head(k);
        }
        return out;
    }
}
