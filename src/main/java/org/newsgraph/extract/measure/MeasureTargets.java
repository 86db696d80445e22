package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Reads the phrases a measure reaches as its targets. A name is a target itself, whatever describes it ("Cambodian
 * businessman X", "Russian entity Y"); each conjunct of a list is one; the diplomats, posts or assets of someone
 * stand for their owner ("60 Russian diplomats", "Peru's consulate", "the assets of X"); goods stand for the state
 * they come from ("imports from X", "Canadian goods"). An unnamed group ("15 individuals including ...", "three
 * Iranian officials") reaches the members it names and, for those it leaves unnamed, the state or body the phrase
 * ties them to: see {@link Group}.
 */
final class MeasureTargets {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private static final Set<String> ASSETS = Set.of("asset", "property", "fund", "holding", "account");

    private static final Set<String> MEMBER_MARKS = Set.of("including", "among");

    /** Prepositions that tie a group to its own state or body, or tell what it did to others. */
    private static final Set<String> NOT_OWNER = Set.of("under", "against", "to", "including", "with");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Referents referents;
    private final MeasureOwners owners;

    MeasureTargets(ArticleContext ctx, Narration narration, Referents referents) {
        this.ctx = ctx;
        this.narration = narration;
        this.referents = referents;
        this.owners = new MeasureOwners(ctx, narration, referents);
    }

    /**
     * An unnamed group a measure reaches: its size as the text counts it, the members it names and the states or
     * bodies it belongs to (which stand for the members it leaves unnamed).
     */
    record Group(int sentence, int word, int count, List<Entity> members, List<Entity> states) {
    }

    /** What the phrases reach: named targets and groups. */
    record Reach(List<Entity> named, List<Group> groups) {
        List<Entity> all() {
            List<Entity> out = new ArrayList<>(named);
            groups.forEach(g -> g.members().forEach(m -> MeasureSides.addOnce(out, m)));
            groups.stream().filter(g -> g.count() == 0 || g.count() > g.members().size())
                    .forEach(g -> g.states().forEach(st -> MeasureSides.addOnce(out, st)));
            return out;
        }
    }

    /** As {@link #read(int, Tree, List, Evidence)}; for an export control the goods' origin is no target. */
    Reach read(int s, Tree t, List<Integer> words, Evidence evidence) {
        return read(s, t, words, evidence, false);
    }

    /** As {@link #read(int, Tree, List, Evidence)}; for an export control the goods' origin is no target. */
    Reach read(int s, Tree t, List<Integer> words, Evidence evidence, boolean exports) {
        List<Entity> named = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int w : words) {
            for (int c : t.conjuncts(w)) {
                target(s, t, c, evidence, named, groups, exports);
            }
        }
        return new Reach(named, groups);
    }

    private void target(int s, Tree t, int c, Evidence evidence, List<Entity> named, List<Group> groups,
                        boolean exports) {
        Optional<Resolved> r = ctx.at(s, c);
        String lemma = t.lemma(c);
        List<Integer> partOf = t.token(c).tag().equals("CD") ? MeasureArcs.prepositionObjects(t, c, Set.of("of"))
                : List.of();
        if (!partOf.isEmpty() && r.isEmpty()) {
            partOf.forEach(o -> target(s, t, o, evidence, named, groups, exports)); // "three of his employees"
            return;
        }
        if (r.isPresent() && r.get().mention().kind() == NameKind.DEMONYM && isPlural(t, c)) {
            groups.add(new Group(s, c, count(t, c), List.of(), List.of(r.get().entity()))); // "five North Koreans"
        } else if (r.isPresent()) {
            actor(r.get(), evidence).ifPresent(e -> MeasureSides.addOnce(named, e));
        } else if (t.token(c).tag().startsWith("PRP")) {
            referents.of(s, c).forEach(e -> MeasureSides.addOnce(named, e));
        } else if (MeasureWords.isEnvoy(lemma) || MeasureWords.isFacility(lemma) || ASSETS.contains(lemma)) {
            owners.owner(s, t, c, evidence, ASSETS.contains(lemma)).forEach(e -> MeasureSides.addOnce(named, e));
        } else if (isPlural(t, c) || count(t, c) > 0) {
            groups.add(group(s, t, c, evidence));
        } else {
            appositions(s, t, c, evidence).forEach(e -> MeasureSides.addOnce(named, e));
            if (named.isEmpty() && !exports) {
                // the goods' origin is whom a duty hits; an export control hits where goods go, not whose they are
                owners.origin(s, t, c, evidence).forEach(e -> MeasureSides.addOnce(named, e));
            }
            for (int p : t.children(c, Set.of("poss"))) {
                ctx.at(s, p).filter(x -> x.entity().type().isCollectiveActor()) // "on Cuba's economy"
                        .ifPresent(x -> MeasureSides.addOnce(named, x.entity()));
            }
        }
    }

    /** A name as a target: a capital stands for its state. */
    private Optional<Entity> actor(Resolved r, Evidence evidence) {
        if (r.entity().type() == EntityType.PLACE) {
            return narration.countryServed(r, evidence);
        }
        return Optional.of(r.entity());
    }

    /** "the former President of Peru, Juan Ortega": the name an apposition gives a described target. */
    private List<Entity> appositions(int s, Tree t, int noun, Evidence evidence) {
        List<Entity> out = new ArrayList<>();
        for (int a : t.children(noun, Set.of("appos"))) {
            ctx.at(s, a).filter(r -> r.entity().type() != EntityType.COUNTRY || r.mention().kind() == NameKind.NAME)
                    .flatMap(r -> actor(r, evidence)).ifPresent(e -> MeasureSides.addOnce(out, e));
        }
        return out;
    }

    private Group group(int s, Tree t, int noun, Evidence evidence) {
        List<Entity> members = new ArrayList<>();
        for (int p : t.children(noun, Set.of("prep"))) {
            if (MEMBER_MARKS.contains(text(t, p))) {
                for (int m : t.children(p, Set.of("pobj"))) {
                    Reach inner = read(s, t, List.of(m), evidence);
                    inner.all().forEach(e -> MeasureSides.addOnce(members, e));
                }
            }
        }
        appositions(s, t, noun, evidence).forEach(e -> MeasureSides.addOnce(members, e));
        return new Group(s, noun, count(t, noun), members, groupStates(s, t, noun, evidence));
    }

    /**
     * The state or body an unnamed group belongs to: a demonym or possessor on the group noun ("five Georgian
     * officials", "Iran's judges"), else the first one its own phrase ties it to ("persons employed in the Russian
     * judicial system", "individuals linked to the X Group", "officials in Y's regime"). A demonym on the object of
     * a verb inside the phrase describes the group's victims ("deporting Ukrainian children"), not the group.
     */
    private List<Entity> groupStates(int s, Tree t, int noun, Evidence evidence) {
        List<Entity> out = new ArrayList<>();
        for (int c : t.children(noun, Set.of("nmod", "poss", "compound"))) {
            ctx.at(s, c).flatMap(r -> stateOf(r, evidence)).ifPresent(e -> MeasureSides.addOnce(out, e));
            if (t.is(c, "poss") && ctx.at(s, c).isEmpty()) {
                owners.possessor(s, t, c).forEach(e -> MeasureSides.addOnce(out, e)); // "its military leaders"
            }
        }
        for (int k = noun + 1; k < t.subtreeEnd(noun) && out.isEmpty(); k++) {
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent() && t.dominates(noun, k) && ownedBy(t, noun, k, r.get())) {
                stateOf(r.get(), evidence).ifPresent(e -> MeasureSides.addOnce(out, e));
            }
        }
        return out;
    }

    private boolean ownedBy(Tree t, int noun, int k, Resolved r) {
        for (int a = k; a != noun && a >= 0; a = t.head(a)) {
            if (t.is(a, "prep") && NOT_OWNER.contains(text(t, a)) || t.is(a, "relcl") || t.is(a, "appos")) {
                return false;
            }
            boolean victim = r.mention().kind() == NameKind.DEMONYM && t.is(a, "dobj") && a != k;
            if (victim) {
                return false;
            }
        }
        if (r.entity().type() == EntityType.PERSON) {
            int h = t.head(k);
            return t.is(k, "poss") && h >= 0 && Set.of("regime", "government", "administration", "network")
                    .contains(t.lemma(h));
        }
        return true;
    }

    private Optional<Entity> stateOf(Resolved r, Evidence evidence) {
        return switch (r.entity().type()) {
            case COUNTRY, ORGANIZATION -> Optional.of(r.entity());
            case PLACE -> narration.countryServed(r, evidence);
            case PERSON -> narration.stateOf(r, evidence);
        };
    }

    static boolean isAssets(String lemma) {
        return ASSETS.contains(lemma);
    }

    private static String text(Tree t, int k) {
        return t.token(k).text().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlural(Tree t, int k) {
        return t.token(k).tag().equals("NNS") || t.token(k).tag().equals("NNPS");
    }

    /** "15 individuals", "five Georgian officials": the count the text gives, 0 when none. */
    static int count(Tree t, int noun) {
        for (int c : t.children(noun)) {
            int n = number(t.token(c).text().toLowerCase(Locale.ROOT));
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    /** The number a word writes ("15", "five"), 0 for any other word. */
    static int number(String word) {
        if (word.matches("\\d{1,4}")) {
            return Integer.parseInt(word);
        }
        return NUMBERS.getOrDefault(word, 0);
    }
}
