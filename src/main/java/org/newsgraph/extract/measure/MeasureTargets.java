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
    private boolean exportsOf;

    MeasureTargets(ArticleContext ctx, Narration narration, Referents referents) {
        this.ctx = ctx;
        this.narration = narration;
        this.referents = referents;
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

    Reach read(int s, Tree t, List<Integer> words, Evidence evidence) {
        return read(s, t, words, evidence, false);
    }

    /** As {@link #read(int, Tree, List, Evidence)}; for an export control the goods' origin is no target. */
    Reach read(int s, Tree t, List<Integer> words, Evidence evidence, boolean exports) {
        this.exportsOf = exports;
        List<Entity> named = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int w : words) {
            for (int c : t.conjuncts(w)) {
                target(s, t, c, evidence, named, groups);
            }
        }
        return new Reach(named, groups);
    }

    private void target(int s, Tree t, int c, Evidence evidence, List<Entity> named, List<Group> groups) {
        Optional<Resolved> r = ctx.at(s, c);
        String lemma = t.lemma(c);
        List<Integer> partOf = t.token(c).tag().equals("CD") ? MeasureReader.prepositionObjects(t, c, Set.of("of"))
                : List.of();
        if (!partOf.isEmpty() && r.isEmpty()) {
            partOf.forEach(o -> target(s, t, o, evidence, named, groups)); // "three of his employees"
            return;
        }
        if (r.isPresent() && r.get().mention().kind() == NameKind.DEMONYM && isPlural(t, c)) {
            groups.add(new Group(s, c, count(t, c), List.of(), List.of(r.get().entity()))); // "five North Koreans"
        } else if (r.isPresent()) {
            actor(r.get(), evidence).ifPresent(e -> MeasureSides.addOnce(named, e));
        } else if (t.token(c).tag().startsWith("PRP")) {
            referents.of(s, c).forEach(e -> MeasureSides.addOnce(named, e));
        } else if (MeasureWords.isEnvoy(lemma) || MeasureWords.isFacility(lemma) || ASSETS.contains(lemma)) {
            owner(s, t, c, evidence, ASSETS.contains(lemma)).forEach(e -> MeasureSides.addOnce(named, e));
        } else if (isPlural(t, c) || count(t, c) > 0) {
            groups.add(group(s, t, c, evidence));
        } else {
            appositions(s, t, c, evidence).forEach(e -> MeasureSides.addOnce(named, e));
            if (named.isEmpty() && !exportsOf) {
                // the goods' origin is whom a duty hits; an export control hits where goods go, not whose they are
                origin(s, t, c, evidence).forEach(e -> MeasureSides.addOnce(named, e));
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

    /**
     * "Peru's ambassador", "60 Russian diplomats", "the Russian Consulate", "the assets of X": their owner. Assets
     * belong to their possessor; "their U.S. assets" are held in a state, not by it.
     */
    private List<Entity> owner(int s, Tree t, int noun, Evidence evidence, boolean assets) {
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
            for (int h : MeasureReader.prepositionObjects(t, noun, Set.of("in"))) {
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
    private List<Entity> possessor(int s, Tree t, int pronoun) {
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
    private List<Entity> origin(int s, Tree t, int noun, Evidence evidence) {
        List<Entity> out = new ArrayList<>();
        for (int k = t.subtreeStart(noun); k < t.subtreeEnd(noun); k++) {
            boolean from = t.is(k, "pobj") && (t.lemma(t.head(k)).equals("from") || t.lemma(t.head(k)).equals("in"));
            boolean demonym = k < noun && t.head(k) == noun && ctx.at(s, k).map(r -> r.mention().kind()
                    == NameKind.DEMONYM).orElse(false);
            if (from || demonym) {
                for (int c : t.conjuncts(k)) {
                    ctx.at(s, c).filter(r -> r.entity().type() != EntityType.PERSON).flatMap(r -> actor(r, evidence))
                            .ifPresent(e -> MeasureSides.addOnce(out, e));
                }
            }
        }
        return out;
    }

    /** "the former President of Haiti, Michel Martelly": the name an apposition gives a described target. */
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
                possessor(s, t, c).forEach(e -> MeasureSides.addOnce(out, e)); // "its military leaders"
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
