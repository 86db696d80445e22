package org.newsgraph.extract.discourse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The actors of a sentence as its dependency tree places them: who stands in a noun phrase ("the President of
 * Kenya, William Ruto" is Ruto; "leaders of Spain and Poland" are the two states), and the sides of an encounter
 * told by its verb: the subject and the partners after "with", "to" or "between", or the object of a verb that
 * takes its partner directly ("met X", "welcomed X", "called X"), or of "held talks with".
 */
final class Sides {
    private static final Set<String> ENCOUNTER_VERBS = Set.of("meet", "speak", "talk", "call", "phone",
            "telephone", "welcome", "host", "receive", "visit", "greet", "join", "confer");
    /** Encounter verbs whose direct object is the partner. */
    private static final Set<String> TAKES_PARTNER = Set.of("meet", "call", "phone", "telephone", "welcome",
            "host", "receive", "visit", "greet", "join");
    /** Light verbs that tell an encounter through their object: "held talks with", "had a call with". */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct");
    private static final Set<String> ENCOUNTER_NOUNS = Set.of("talk", "talks", "meeting", "call", "discussion",
            "conversation", "engagement", "consultation", "negotiation", "exchange");
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("with", "to", "between");
    /** Children that open a clause or a circumstance of their own: no actor of the phrase stands there. */
    private static final Set<String> NOT_OF_PHRASE = Set.of("relcl", "acl", "advcl", "ccomp", "xcomp",
            "parataxis", "conj", "cc");
    /** Prepositions whose object says whom a noun belongs to: "leaders of X", "counterparts from X". */
    private static final Set<String> BELONGING = Set.of("of", "from");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Antecedents antecedents;
    private final BareTitles titles;

    Sides(ArticleContext ctx, Narration narration, Antecedents antecedents, BareTitles titles) {
        this.ctx = ctx;
        this.narration = narration;
        this.antecedents = antecedents;
        this.titles = titles;
    }

    /** The sides of the last encounter verb before word {@code limit} of sentence {@code s}: two or more, or none. */
    List<Entity> ofEncounter(int s, int limit) {
        Tree tree = Tree.of(ctx.sentence(s));
        List<Word> words = ctx.words().get(s);
        for (int v = Math.min(limit, tree.size()) - 1; v >= 0; v--) {
            if (!tree.token(v).pos().equals("VERB") || narration.isQuoted(words.get(v))) {
                continue;
            }
            List<Entity> sides = sides(s, tree, v);
            if (sides.size() >= 2) {
                return sides;
            }
        }
        return List.of();
    }

    private List<Entity> sides(int s, Tree tree, int v) {
        String lemma = tree.lemma(v);
        List<Integer> partners = new ArrayList<>();
        if (ENCOUNTER_VERBS.contains(lemma)) {
            partners.addAll(tree.prepositionObjects(v, PARTNER_PREPOSITIONS));
            if (TAKES_PARTNER.contains(lemma)) {
                partners.addAll(tree.children(v, Set.of("dobj")));
            }
        } else if (LIGHT_VERBS.contains(lemma)) {
            for (int o : tree.children(v, Set.of("dobj"))) {
                if (ENCOUNTER_NOUNS.contains(tree.lemma(o)) || ENCOUNTER_NOUNS.contains(Lexicon.lower(
                        tree.token(o).text()))) {
                    partners.addAll(tree.prepositionObjects(o, PARTNER_PREPOSITIONS));
                    partners.addAll(tree.prepositionObjects(v, PARTNER_PREPOSITIONS));
                }
            }
        }
        if (partners.isEmpty() && duringEncounter(tree, v)) {
            partners.addAll(tree.children(v, Set.of("dobj"))); // "asked B to act during a call": B took part
        }
        Optional<Integer> subject = subjectOf(tree, v);
        if (partners.isEmpty() || subject.isEmpty()) {
            return List.of();
        }
        Map<String, Entity> out = new LinkedHashMap<>();
        actors(s, subject.get()).forEach(e -> out.putIfAbsent(e.identity(), e));
        partners.forEach(p -> actors(s, p).forEach(e -> out.putIfAbsent(e.identity(), e)));
        return List.copyOf(out.values());
    }

    /** "Urged B during a call", "asked B to act in a meeting": the verb or its complement told in an encounter. */
    private static boolean duringEncounter(Tree tree, int v) {
        List<Integer> verbs = new ArrayList<>(List.of(v));
        verbs.addAll(tree.children(v, Set.of("xcomp")));
        return verbs.stream().flatMap(k -> tree.prepositionObjects(k, Set.of("during", "in")).stream())
                .anyMatch(o -> ENCOUNTER_NOUNS.contains(tree.lemma(o)));
    }

    /** A verb's subject, or the subject it shares with the verb it is joined to ("met X and welcomed Y"). */
    static Optional<Integer> subjectOf(Tree tree, int v) {
        for (int k = v, steps = 0; k >= 0 && steps < 4; k = tree.head(k), steps++) {
            Optional<Integer> subject = nearestSubject(tree, k);
            if (subject.isPresent() || !tree.is(k, "conj") && !tree.is(k, "xcomp")) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /**
     * The verb's subject nearest before it: a dateline the parser also hangs on the verb as a subject ("CANADA,
     * June 17 - Prime Minister X spoke") comes first in the text but is no actor of the clause.
     */
    static Optional<Integer> nearestSubject(Tree tree, int v) {
        Optional<Integer> out = Optional.empty();
        for (int c : tree.children(v)) {
            if (tree.relation(c).startsWith("nsubj") && (out.isEmpty() || c < v)) {
                out = Optional.of(c);
            }
        }
        return out.isPresent() ? out : tree.subject(v);
    }

    /**
     * The actors a noun phrase headed at word {@code head} names, its conjuncts included. Titles joined before one
     * name ("Party Politburo Member, Director of the Office, and Foreign Minister X") are one person's: a conjunct
     * that is only a title adds no actor (not the body its title names) when another conjunct names a person.
     */
    List<Entity> actors(int s, int head) {
        Tree tree = Tree.of(ctx.sentence(s));
        List<List<Entity>> parts = new ArrayList<>();
        List<Boolean> titleOnly = new ArrayList<>();
        for (int c : tree.conjuncts(head)) {
            List<Entity> part = actorsOfOne(s, tree, c);
            parts.add(part);
            boolean person = part.stream().anyMatch(e -> e.type() == EntityType.PERSON);
            titleOnly.add(!person && ctx.at(s, c).isEmpty() && titles.at(s, c).isEmpty() // "the Secretary" is one
                    && Titles.endingAt(ctx.words().get(s), c + 1).isPresent());
        }
        boolean named = parts.stream().flatMap(List::stream).anyMatch(e -> e.type() == EntityType.PERSON);
        Map<String, Entity> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!(named && titleOnly.get(i))) {
                parts.get(i).forEach(e -> out.putIfAbsent(e.identity(), e));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The actors of one noun phrase: the people it names ("the President of Kenya, William Ruto"; "CANADA, ...
     * Prime Minister X"), else its pronoun's or bare title's referent, else the states and bodies it names.
     */
    private List<Entity> actorsOfOne(int s, Tree tree, int head) {
        List<Resolved> inside = new ArrayList<>();
        List<Resolved> owners = new ArrayList<>();
        collect(s, tree, head, true, inside, owners);
        List<Entity> people = inside.stream().map(Resolved::entity).filter(e -> e.type() == EntityType.PERSON)
                .distinct().toList();
        if (!people.isEmpty()) {
            return people;
        }
        Word w = ctx.words().get(s).get(head);
        if (Narration.isPersonalPronoun(w) && ctx.at(s, head).isEmpty()) {
            return antecedents.of(s, head).stream().toList();
        }
        if (titles.at(s, head).isPresent() && ctx.at(s, head).isEmpty()) {
            return titles.of(s, head).stream().toList();
        }
        inside.addAll(owners); // "Kenya's delegation": the owner stands for it, a person's aide is no person's
        return inside.stream().map(Resolved::entity).filter(e -> e.type().isCollectiveActor()).distinct().toList();
    }

    /**
     * The mentions inside a phrase: titles, appositions, modifiers and "of"/"from" objects, no clauses; those
     * under a possessive go to {@code owners}.
     */
    private void collect(int s, Tree tree, int k, boolean top, List<Resolved> out, List<Resolved> owners) {
        ctx.at(s, k).filter(r -> !out.contains(r)).ifPresent(out::add);
        for (int c : tree.children(k)) {
            boolean clause = NOT_OF_PHRASE.contains(tree.relation(c)) && (top || !tree.is(c, "conj"));
            boolean circumstance = tree.is(c, "prep") && !BELONGING.contains(tree.lemma(c));
            boolean owner = tree.is(c, "poss") && ctx.at(s, c).filter(r -> r.mention().to() <= k).isPresent();
            if (owner) {
                collect(s, tree, c, false, owners, owners);
            } else if (!clause && !circumstance) {
                collect(s, tree, c, false, out, owners);
            }
        }
    }

    static boolean isActor(Entity e) {
        return e.type() == EntityType.PERSON || e.type().isCollectiveActor();
    }
}
