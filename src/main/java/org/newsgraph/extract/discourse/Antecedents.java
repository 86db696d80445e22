package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
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
    /** Clauses that take their subject from the verb they hang on. */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl", "acomp");
    private static final Set<String> HONORIFIC_NOUNS = Set.of("majesty", "excellency", "highness", "holiness",
            "royal");

    private final ArticleContext ctx;
    private final Narration narration;
    private final BareTitles titles;

    Antecedents(ArticleContext ctx, Narration narration, BareTitles titles) {
        this.ctx = ctx;
        this.narration = narration;
        this.titles = titles;
    }

    /**
     * The person the pronoun at word {@code word} points back to; for an office-holder the article never names
     * ("The Prime Minister said he ..."), the state the title stands for.
     */
    Optional<Entity> of(int s, int word) {
        if (isHonorific(s, word)) {
            return Optional.empty();
        }
        Tree tree = Tree.of(ctx.sentence(s));
        if (tree.is(word, "poss")) {
            Optional<Entity> owner = nearestOtherThan(s, word, tree, Set.of());
            if (owner.isPresent()) {
                return owner; // "praised Lula's leadership and welcomed his reflections": the nearest person
            }
        }
        Optional<Entity> own = subjectBefore(s, word);
        if (own.isPresent()) {
            return own;
        }
        for (int t = s - 1; t >= 0 && t >= s - REACH; t--) {
            Optional<Entity> main = mainSubject(t);
            if (main.isPresent()) {
                return main;
            }
            if (!ctx.mentions().get(t).isEmpty() || startsWithPronoun(t)) {
                break; // the sentence names someone, just not as its subject: the older reading decides
            }
        }
        return narration.antecedent(s, word).map(Resolved::entity);
    }

    /**
     * A person subject of a clause before the pronoun in its own sentence, nearest first; for an object pronoun,
     * else the nearest person before it other than its verb's subject ("called X and thanked him").
     */
    private Optional<Entity> subjectBefore(int s, int word) {
        Tree tree = Tree.of(ctx.sentence(s));
        if (!tree.isParsed()) {
            return Optional.empty();
        }
        boolean object = OBJECTS.contains(tree.relation(word));
        Set<Integer> own = object ? governingVerbs(tree, word) : Set.of();
        for (int k = word - 1; k >= 0; k--) {
            boolean subject = tree.is(k, "nsubj") || tree.is(k, "nsubjpass");
            if (subject && !own.contains(tree.head(k))) {
                Optional<Entity> person = person(s, k);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return object ? nearestOtherThan(s, word, tree, own) : Optional.empty();
    }

    private Optional<Entity> nearestOtherThan(int s, int word, Tree tree, Set<Integer> verbs) {
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
        return Optional.ofNullable(best).map(Resolved::entity);
    }

    /** The subject of the sentence's main clause, when it names a person or is a pronoun carried on. */
    private Optional<Entity> mainSubject(int t) {
        Tree tree = Tree.of(ctx.sentence(t));
        int root = tree.root();
        Optional<Integer> subject = root < 0 ? Optional.empty() : Sides.nearestSubject(tree, root);
        if (subject.isEmpty() || !tree.conjuncts(subject.get()).equals(List.of(subject.get()))) {
            return Optional.empty(); // "A and B discussed ...": "he" is either of them
        }
        Word w = ctx.words().get(t).get(subject.get());
        if (SUBJECT_FORMS.contains(Lexicon.lower(w.text())) && !narration.isQuoted(w)) {
            return of(t, subject.get());
        }
        return person(t, subject.get());
    }

    /** The person a subject names, or the holder (or state) a bare title as subject stands for. */
    private Optional<Entity> person(int s, int k) {
        Optional<Resolved> named = ctx.at(s, k);
        if (named.isEmpty() && titles.at(s, k).isPresent()) {
            return titles.of(s, k);
        }
        return named.filter(r -> r.entity().type() == EntityType.PERSON)
                .filter(r -> narration.canBeAntecedent(s, r)).map(Resolved::entity);
    }

    private boolean startsWithPronoun(int t) {
        List<Word> words = ctx.words().get(t);
        return !words.isEmpty() && SUBJECT_FORMS.contains(Lexicon.lower(words.get(0).text()));
    }

    /** "His Majesty", "Her Excellency": part of a style, no pronoun. */
    private boolean isHonorific(int s, int word) {
        List<Word> words = ctx.words().get(s);
        return word + 1 < words.size() && words.get(word).isCapitalized() && HONORIFIC_NOUNS.contains(
                Lexicon.lower(words.get(word + 1).text()));
    }

    /**
     * The verb an object pronoun depends on (through its preposition, "spoke to him", and the object noun it
     * qualifies, "held talks with him") and the verbs that share its subject ("met X and thanked him", "agreed to
     * call him", "spoke to X to congratulate him", "was due to see him").
     */
    private static Set<Integer> governingVerbs(Tree tree, int word) {
        Set<Integer> out = new java.util.HashSet<>();
        int h = tree.head(word);
        int verb = h >= 0 && tree.is(word, "pobj") ? tree.head(h) : h;
        while (verb >= 0 && !tree.token(verb).pos().equals("VERB") && (OBJECTS.contains(tree.relation(verb))
                || tree.is(verb, "prep"))) {
            verb = tree.head(verb); // "held a summit with him": the verb of the noun the pronoun hangs on
        }
        int k = verb;
        while (k >= 0 && out.add(k) && tree.subject(k).isEmpty() && SHARES_SUBJECT.contains(tree.relation(k))) {
            k = tree.head(k);
        }
        return out;
    }
}
