package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Who a noun phrase of a meeting sentence stands for, read off its tree: a named person (through titles and
 * appositions: "the President of Switzerland, Name" is one person), a country or organization, the states a group
 * names ("counterparts from A and B"), or what a pronoun or a bare title stands for, asked of {@link Referents}.
 */
final class Sides {
    /**
     * What a phrase names; {@code each} when every entity met the other side apart ("counterparts from A, B"),
     * {@code referred} when a description of people told before names them ("the two men").
     */
    record Group(List<Entity> entities, boolean each, boolean referred) {
        static final Group NONE = new Group(List.of(), false, false);
    }

    /**
     * One conjunct: its entities, and whether only a title or a group noun named them ("Politburo Member" before
     * a name, "and other senior officials" after one): such a part gives way to a person the list names.
     */
    private record Part(List<Entity> entities, boolean titleOnly, boolean each, boolean referred) {
        static final Part NONE = new Part(List.of(), false, false, false);

        Part(List<Entity> entities, boolean titleOnly, boolean each) {
            this(entities, titleOnly, each, false);
        }
    }

    private static final Set<String> GROUP_PREPOSITIONS = Set.of("of", "from", "in", "including", "include");
    private static final Set<String> PAIR_WORDS = Set.of("two");
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "until", "since", "as", "when");
    private static final Set<String> QUANTITIES = Set.of("range", "number", "series", "host", "group", "variety",
            "array", "handful", "couple", "dozen", "dozens", "score", "slew", "list");

    private final ArticleContext ctx;
    private final Referents referents;
    private final Narration narration;
    /** The participants of the meeting read last: "the two leaders" of a later sentence are them. */
    private List<Entity> recent = List.of();

    Sides(ArticleContext ctx, Referents referents, Narration narration) {
        this.ctx = ctx;
        this.referents = referents;
        this.narration = narration;
    }

    void remember(List<Entity> participants) {
        recent = List.copyOf(participants);
    }

    /** The entities the phrase headed by {@code head} and its conjuncts name. */
    Group of(int s, Tree t, int head) {
        List<Part> parts = t.conjuncts(head).stream().map(c -> part(s, t, c)).toList();
        boolean person = parts.stream().anyMatch(p -> p.entities().stream().anyMatch(Sides::isPerson));
        List<Entity> out = new ArrayList<>();
        boolean each = false;
        boolean referred = false;
        for (Part p : parts) {
            if (person && p.titleOnly()) {
                continue; // stacked titles of the one person the list goes on to name
            }
            each |= p.each();
            referred |= p.referred();
            p.entities().stream().filter(e -> out.stream().noneMatch(o -> o.identity().equals(e.identity())))
                    .forEach(out::add);
        }
        return new Group(out, each, referred);
    }

    /** The subject of the verb's clause, with the object of "by" when the verb is passive. */
    Group subjectOf(int s, Tree t, int verb) {
        Optional<Integer> agent = t.prepositionObjects(verb, Set.of("by")).stream().filter(a -> t.is(t.head(a), "agent"))
                .findFirst();
        if (t.isPassive(verb) || agent.isPresent() && t.nearestSubject(verb).isEmpty()) {
            return agent.map(a -> of(s, t, a)).orElse(Group.NONE); // "as discussed by A and B"
        }
        return t.clauseSubject(verb).or(() -> subjectReadAsObject(t, verb)).map(subject -> of(s, t, subject))
                .orElse(Group.NONE);
    }

    /**
     * "It came a day after A and B held talks": the parser, taking "after" for a preposition, made the clause's
     * subject its object; the object that ends right before the subjectless verb is that subject.
     */
    private static Optional<Integer> subjectReadAsObject(Tree t, int verb) {
        if (!t.is(verb, "advcl") || !t.children(verb, Set.of("mark")).isEmpty()) {
            return Optional.empty();
        }
        for (int k = 0; k < verb; k++) {
            if (t.is(k, "pobj") && t.subtreeEnd(k) == verb && t.head(k) >= 0
                    && CLAUSE_OPENERS.contains(t.lemma(t.head(k)))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private Part part(int s, Tree t, int c) {
        Optional<Resolved> named = ctx.at(s, c);
        if (named.isPresent() && named.get().mention().kind() != NameKind.DEMONYM) {
            Entity e = named.get().entity();
            List<Entity> apposed = isPerson(e) ? List.of() : appositivePeople(s, t, c);
            return apposed.isEmpty() ? one(e) : new Part(apposed, false, false);
        }
        List<Entity> apposed = appositivePeople(s, t, c);
        if (apposed.isEmpty()) {
            apposed = compoundPerson(s, t, c).stream().toList();
        }
        if (!apposed.isEmpty()) {
            return new Part(apposed, false, false);
        }
        String tag = t.token(c).tag();
        if (tag.startsWith("PRP") || tag.equals("WP")) {
            return new Part(referents.of(s, c), false, false);
        }
        String lemma = t.lemma(c);
        boolean pair = t.token(c).tag().equals("NNS")
                && t.children(c).stream().anyMatch(k -> PAIR_WORDS.contains(t.lemma(k)));
        if (pair && referents.of(s, c).isEmpty()) {
            return new Part(pairMeant(s, c), false, false, true); // "the two men"
        }
        if (QUANTITIES.contains(lemma)) {
            // "a range of counterparts": the phrase after "of" names them
            return t.prepositionObjects(c, Set.of("of")).stream().findFirst().map(o -> part(s, t, o)).orElse(Part.NONE);
        }
        if (MeetingWords.GROUP_NOUNS.contains(lemma) || MeetingWords.GROUP_NOUNS.contains(lower(t, c))) {
            return group(s, t, c);
        }
        if (Titles.isTitle(lemma) || Titles.isTitle(t.token(c).text())) {
            return title(s, t, c);
        }
        return Part.NONE;
    }

    /** "Counterparts from A and B", "officials in Turkey", "Chinese officials", "the two leaders", "his counterpart". */
    private Part group(int s, Tree t, int c) {
        List<Entity> states = new ArrayList<>();
        boolean from = false;
        for (int p : t.children(c, Set.of("prep"))) {
            if (GROUP_PREPOSITIONS.contains(t.lemma(p))) {
                from |= !t.lemma(p).equals("of");
                states.addAll(statesUnder(s, t, p));
            }
        }
        modifierState(s, t, c).ifPresent(states::add);
        List<Entity> holders = holders(s, t, c, states);
        if (!holders.isEmpty()) {
            return new Part(holders, false, false);
        }
        if (!states.isEmpty()) {
            return new Part(List.copyOf(states), true, from && t.token(c).tag().equals("NNS"));
        }
        List<Entity> meant = referents.of(s, c);
        if (!meant.isEmpty()) {
            return new Part(meant, false, false);
        }
        return Part.NONE;
    }

    /**
     * "The foreign ministers of A and B": A's and B's foreign ministers when the article names every one of them
     * (with that office, or serving that state in this or the next sentence), else nobody.
     */
    private List<Entity> holders(int s, Tree t, int c, List<Entity> states) {
        if (states.size() < 2 || !t.token(c).tag().equals("NNS") || !Titles.isTitle(t.lemma(c))) {
            return List.of();
        }
        String office = t.children(c, Set.of("amod", "nmod", "compound")).stream().filter(m -> m < c)
                .map(m -> t.lemma(m) + " ").findFirst().orElse("") + t.lemma(c);
        List<Entity> out = new ArrayList<>();
        for (Entity state : states) {
            narration.holderOf(state, office).or(() -> narration.servantIn(s, state))
                    .or(() -> narration.servantIn(s + 1, state)).ifPresent(out::add);
        }
        return out.size() == states.size() ? out : List.of();
    }

    /** "The two leaders": the two people named before in the sentence, else the sides of the meeting read last. */
    private List<Entity> pairMeant(int s, int c) {
        List<Entity> before = ctx.mentions().get(s).stream().filter(r -> r.mention().to() <= c)
                .map(Resolved::entity).filter(Sides::isPerson).distinct().toList();
        return before.size() == 2 ? before : recent;
    }

    /**
     * A title without a name: whom the article means by it, else the state or body it serves ("the President of
     * Kenya", "Ukraine's defence minister"): an office-holder not named is his state in a meeting.
     */
    private Part title(int s, Tree t, int c) {
        List<Entity> meant = referents.of(s, c);
        if (!meant.isEmpty()) {
            return new Part(meant, false, false);
        }
        List<Entity> served = new ArrayList<>();
        for (int p : t.children(c, Set.of("prep"))) {
            if (t.lemma(p).equals("of")) {
                served.addAll(statesUnder(s, t, p));
            }
        }
        if (served.isEmpty()) {
            modifierState(s, t, c).ifPresent(served::add);
        }
        boolean bare = served.isEmpty() && t.children(c, Set.of("det")).stream().anyMatch(d -> t.lemma(d).equals("the"));
        if (bare) {
            referents.publisherState().ifPresent(served::add); // "The Prime Minister spoke to": the publisher's
        }
        return new Part(served, true, false);
    }

    /** The countries and bodies a preposition's object lists, through "including" and conjunctions. */
    private List<Entity> statesUnder(int s, Tree t, int prep) {
        List<Entity> out = new ArrayList<>();
        for (int o : t.children(prep)) {
            if (t.is(o, "pobj")) {
                for (int c : t.conjuncts(o)) {
                    ctx.at(s, c).map(Resolved::entity).filter(e -> e.type().isCollectiveActor())
                            .filter(e -> !out.contains(e)).ifPresent(out::add);
                }
            } else if (t.is(o, "prep")) {
                out.addAll(statesUnder(s, t, o)); // "counterparts, including from A"
            }
        }
        return out;
    }

    /** The state or body named before the noun: "Chinese officials", "Ukraine's defence minister". */
    private Optional<Entity> modifierState(int s, Tree t, int c) {
        for (int m : t.children(c, Set.of("poss", "nmod", "compound", "amod"))) {
            Optional<Entity> e = ctx.at(s, m).map(Resolved::entity).filter(x -> x.type().isCollectiveActor());
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * The people in apposition to the phrase, also under its "of": "the President of the DRC, Name", "his
     * counterparts, A and B".
     */
    private List<Entity> appositivePeople(int s, Tree t, int c) {
        for (int k : t.children(c)) {
            boolean apposition = t.is(k, "appos");
            List<Entity> found = !apposition ? List.of() : t.conjuncts(k).stream().map(x -> ctx.at(s, x))
                    .flatMap(Optional::stream).map(Resolved::entity).filter(Sides::isPerson).distinct().toList();
            if (found.isEmpty() && (apposition || t.is(k, "pobj") || t.is(k, "prep") && t.lemma(k).equals("of"))) {
                found = appositivePeople(s, t, k);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** A person named in the words before the head when the head itself was left out of the name. */
    private Optional<Entity> compoundPerson(int s, Tree t, int c) {
        return t.children(c, Set.of("compound")).stream().map(k -> ctx.at(s, k)).flatMap(Optional::stream)
                .map(Resolved::entity).filter(Sides::isPerson).findFirst();
    }

    private static String lower(Tree t, int c) {
        return t.token(c).text().toLowerCase(java.util.Locale.ROOT);
    }

    private static Part one(Entity e) {
        return new Part(List.of(e), false, false);
    }

    static boolean isPerson(Entity e) {
        return e.type() == EntityType.PERSON;
    }
}
