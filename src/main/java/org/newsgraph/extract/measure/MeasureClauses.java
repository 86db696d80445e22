package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Actors;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sanction;

/**
 * The sides of a measure that its own clause leaves unsaid: the subject a coordinated verb shares with the verb
 * before it ("X expelled A's envoy, giving him a day to leave, and ordered the closure of ..."), and the states a
 * reprisal is aimed at when the closed posts or sent-home staff are only "theirs" ("retaliating against A and B"),
 * the agent of a passive ban, the envoy whose staff are sent home and the origin of goods a duty is charged on.
 */
final class MeasureClauses {
    private static final Set<String> AIMS = Set.of("against", "on", "upon");
    private static final Set<String> REPRISALS = Set.of("retaliating", "retaliation", "reprisal", "response",
            "responding", "reply", "answer", "punishing", "punish", "retaliate", "retaliated");

    private static final Set<String> OWNERS = Set.of("his", "her", "their");
    private static final int STAFF_REACH = 7;
    private static final int GOODS_REACH = 10;
    /** Said right before a measure, these make it a step of its own beside one told before. */
    private static final Set<String> SEPARATELY = Set.of("also", "additionally");
    private static final int FOLLOW_UP_REACH = 2;
    private static final Set<String> THREATENED = Set.of("threatened", "threatens", "threaten", "warned", "warns");
    /** Counted from two: "all three trading partners". */
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight");
    private static final Set<String> PARTNERS = Set.of("partners", "neighbors", "neighbours", "countries",
            "nations", "states", "governments", "economies");
    private static final Set<String> PARTNER_MODIFIERS = Set.of("trading", "trade", "major", "biggest", "largest");
    private static final Set<String> MADE = Set.of("made", "produced", "manufactured", "built", "grown",
            "originating");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Actors actors;

    MeasureClauses(ArticleContext ctx, Narration narration, Actors actors) {
        this.ctx = ctx;
        this.narration = narration;
        this.actors = actors;
    }

    /** The agent starting at word {@code from}; "Y's predecessor, Z" names Z, not Y. */
    List<Resolved> agent(int s, int from) {
        List<Word> words = ctx.words().get(s);
        for (int p = from + 1; p + 3 < words.size() && p <= from + 3; p++) {
            if (words.get(p).isPossessive() && words.get(p + 2).text().equals(",")) {
                List<Resolved> renamed = actors.after(s, p + 3, Set.of());
                if (!renamed.isEmpty()) {
                    return renamed;
                }
            }
        }
        return actors.after(s, from, Set.of());
    }

    /**
     * "four of his employees had been declared persona non grata": the staff named before the measure belong to
     * the person the possessive points back to (an envoy, standing for the state they serve).
     */
    List<Resolved> staffBefore(int s, int i) {
        List<Word> words = ctx.words().get(s);
        for (int k = i - 1; k > Math.max(0, i - STAFF_REACH); k--) {
            boolean owned = OWNERS.contains(Lexicon.lower(words.get(k - 1).text()));
            if (owned && MeasureWords.isEnvoy(Lexicon.lower(words.get(k).text()))) {
                int possessive = k - 1;
                // "summoned X and told him that his employees": the envoy is the object named before
                return narration.antecedent(s, possessive).or(() -> ctx.mentions().get(s).stream()
                                .filter(r -> r.mention().to() <= possessive)
                                .reduce((first, second) -> second))
                        .filter(r -> r.entity().type() == EntityType.PERSON).map(List::of).orElse(List.of());
            }
        }
        return List.of();
    }


    /**
     * "on brandy from the European Union", "on electric cars made in China": a measure on goods is aimed at the
     * place they come from, named after the goods (which may be a list) before the clause ends.
     */
    List<Resolved> origin(int s, int from) {
        List<Word> words = ctx.words().get(s);
        for (int k = from; k < Math.min(words.size() - 1, from + GOODS_REACH); k++) {
            Word w = words.get(k);
            if (w.text().equals(".") || w.text().equals(";") || ctx.at(s, k).isPresent()
                    || w.pos().startsWith("VERB") && !isMadeIn(words, k) || w.pos().startsWith("AUX")) {
                return List.of();
            }
            String t = Lexicon.lower(w.text());
            boolean fromPlace = t.equals("from") || t.equals("in") && k > from && isMadeIn(words, k - 1);
            if (fromPlace) {
                int j = words.get(k + 1).is("the") ? k + 2 : k + 1;
                List<Resolved> group = actors.after(s, j, Set.of());
                return group.stream().allMatch(r -> r.entity().type().isCollectiveActor()) ? group : List.of();
            }
        }
        return List.of();
    }

    private static boolean isMadeIn(List<Word> words, int k) {
        return MADE.contains(Lexicon.lower(words.get(k).text()));
    }

    /**
     * "Trump had first threatened all three trading partners in November": the partners are the states the article
     * named before, other than the threatener's own, when it named exactly as many; the threat is of the kind of
     * measure the article is about.
     */
    Optional<Sanction> partnersThreatened(int s, MeasureType type) {
        List<Word> words = ctx.words().get(s);
        for (int v = 1; v + 3 < words.size(); v++) {
            int k = words.get(v + 1).is("all") ? v + 2 : v + 1;
            int noun = PARTNER_MODIFIERS.contains(Lexicon.lower(words.get(k + 1).text())) ? k + 2 : k + 1;
            int count = NUMBERS.indexOf(Lexicon.lower(words.get(k).text())) + 2;
            boolean partners = noun < words.size() && PARTNERS.contains(Lexicon.lower(words.get(noun).text()));
            if (!THREATENED.contains(Lexicon.lower(words.get(v).text())) || count < 2 || !partners) {
                continue;
            }
            List<Resolved> subject = actors.before(s, v);
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            Evidence evidence = narration.evidence(s, Rule.MEASURE_VERB);
            Resolved actor = subject.get(0);
            Entity imposer = narration.stateOf(actor, evidence).orElse(actor.entity());
            List<Entity> named = statesBefore(s, imposer);
            if (named.size() != count) {
                return Optional.empty();
            }
            List<Entity> announcers = actor.entity().type() == EntityType.PERSON ? List.of(actor.entity()) : List.of();
            return Optional.of(new Sanction(List.of(imposer), named, announcers, type, MeasureStatus.THREATENED,
                    narration.dateOf(s, words.get(v).start(), false), List.of(evidence)));
        }
        return Optional.empty();
    }

    private List<Entity> statesBefore(int s, Entity own) {
        List<Entity> out = new ArrayList<>();
        for (int p = 0; p < s; p++) {
            ctx.mentions().get(p).stream().map(Resolved::entity).filter(e -> e.type() == EntityType.COUNTRY)
                    .filter(e -> !e.identity().equals(own.identity()) && !out.contains(e)).forEach(out::add);
        }
        return out;
    }

    /**
     * The targets a measure without its own takes from a measure told just before: "froze their assets" after a
     * measure on two or more people reaches those people; a new step by the same imposer ("suspended his tariffs",
     * "separately placed export controls") reaches whom its earlier step did, when it changes the step's status or,
     * said to be separate, adds another kind of measure.
     */
    Optional<List<Entity>> earlierTargets(int s, int i, List<Entity> imposers, MeasureType type, MeasureStatus status,
                                          List<Sanction> earlier) {
        List<Word> words = ctx.words().get(s);
        boolean theirs = i + 1 < words.size() && words.get(i + 1).is("their");
        boolean separate = words.stream().anyMatch(w -> w.is("separately")) || words.subList(Math.max(0, i - 3), i)
                .stream().anyMatch(w -> SEPARATELY.contains(Lexicon.lower(w.text())));
        boolean own = i > 0 && (OWNERS.contains(Lexicon.lower(words.get(i - 1).text())) || words.get(i - 1).is("its"));
        if (!theirs && !own && !separate) {
            return Optional.empty(); // "the duties would stay": a measure told again, not a new step
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Sanction m = earlier.get(k);
            int at = m.evidence().get(0).sentenceIndex();
            if (at < s - FOLLOW_UP_REACH || at > s) {
                break;
            }
            boolean people = m.targets().size() > 1 && m.targets().stream()
                    .allMatch(t -> t.type() == EntityType.PERSON);
            boolean same = m.imposers().stream().anyMatch(imposers::contains);
            boolean next = m.measure() == type ? m.status() != status && own : separate;
            if (theirs ? people && at >= s - 1 : same && next) {
                return Optional.of(m.targets());
            }
        }
        return Optional.empty();
    }

    /** The state or body "its" at word {@code k} points back to: the nearest one named before it. */
    List<Resolved> possessor(int s, int k) {
        return ctx.mentions().get(s).stream().filter(r -> r.mention().to() <= k)
                .filter(r -> r.entity().type().isCollectiveActor()).reduce((first, second) -> second)
                .map(List::of).orElse(List.of());
    }

    /** Whether the measure's verb follows "and" after the subject found for it, or none was found. */
    boolean joinedAfter(int s, List<Resolved> subject, int i) {
        int from = subject.stream().mapToInt(r -> r.mention().to()).max().orElse(0);
        int and = coordination(s, i);
        return and >= 0 && and > from || subject.isEmpty();
    }

    /** The subject of the sentence's first verb when the measure's verb joins it after "and": the shared subject. */
    List<Resolved> sharedSubject(int s, int i) {
        List<Word> words = ctx.words().get(s);
        int and = coordination(s, i);
        for (int v = 1; v < and; v++) {
            boolean afterName = ctx.at(s, v - 1).isPresent() && ctx.at(s, v).isEmpty();
            if (isVerb(words.get(v)) && afterName) {
                return actors.before(s, v);
            }
        }
        return List.of();
    }

    /**
     * "on seven Russian businessmen, among them X": the people named stand for the group a demonym only
     * describes; a named group ("Russia's banks, including Y") keeps its state beside them.
     */
    List<Resolved> namedMembers(int s, List<Resolved> group) {
        List<Word> words = ctx.words().get(s);
        int end = group.get(group.size() - 1).mention().to();
        for (int k = end; k + 1 < Math.min(words.size(), end + 12); k++) {
            boolean among = words.get(k).is("among") && words.get(k + 1).is("them");
            if (!among && !words.get(k).is("including")) {
                continue;
            }
            List<Resolved> members = actors.after(s, among ? k + 2 : k + 1, Set.of());
            if (members.isEmpty()) {
                return group;
            }
            boolean described = group.size() == 1 && group.get(0).mention().kind() == NameKind.DEMONYM;
            List<Resolved> out = new ArrayList<>(described ? List.of() : group);
            out.addAll(members);
            return out;
        }
        return group;
    }

    /** The "and" before a verb nearest before word {@code i}, or -1. */
    private int coordination(int s, int i) {
        List<Word> words = ctx.words().get(s);
        for (int k = i - 1; k > 0; k--) {
            if (words.get(k).is("and") && isVerb(words.get(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** "retaliating against A, B and C" in the measure's sentence or the one before it in its paragraph. */
    List<Resolved> reprisalTargets(int s, Narration narration) {
        List<Resolved> here = aimedAt(s);
        if (!here.isEmpty() || s == 0 || !narration.sameParagraph(s - 1, s)) {
            return here;
        }
        return aimedAt(s - 1);
    }

    private List<Resolved> aimedAt(int s) {
        List<Word> words = ctx.words().get(s);
        for (int k = 1; k + 1 < words.size(); k++) {
            if (AIMS.contains(Lexicon.lower(words.get(k).text()))
                    && REPRISALS.contains(Lexicon.lower(words.get(k - 1).text()))) {
                List<Resolved> group = actors.after(s, k + 1, Set.of());
                if (group.stream().allMatch(r -> r.entity().type().isCollectiveActor())) {
                    return group;
                }
            }
        }
        return List.of();
    }

    private static boolean isVerb(Word w) {
        return w.pos().startsWith("VERB");
    }
}
