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
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sanction;

/**
 * Reads one punitive measure from its head word: the target after "on", "against" or "targeting" (or the owner
 * of the diplomats or consulate: "60 Russian diplomats" targets Russia), the imposer as the subject before it
 * (a person standing for the state they serve, and recorded as the announcer), the status from the cues before
 * it and the date of its sentence.
 */
final class MeasureReader {
    private static final Set<String> TARGET_MARKS = Set.of("on", "against", "targeting", "upon");
    private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its");
    private static final Set<String> ENVOY_SKIPS = Set.of("diplomatic", "senior", "more", "than", "of", "its",
            "the", "general", "all");
    private static final int STATUS_REACH = 10;
    private static final Set<String> PASSIVE = Set.of("been", "was", "were", "is", "are", "be", "being");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Actors actors;
    private final MeasureClauses clauses;

    MeasureReader(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
        this.actors = new Actors(ctx, narration);
        this.clauses = new MeasureClauses(ctx, narration, actors);
    }

    /** The measure word {@code i} of sentence {@code s} heads, if any; {@code earlier} are those read before. */
    Optional<Sanction> read(int s, int i, List<Sanction> earlier) {
        List<Word> words = ctx.words().get(s);
        if (narration.isQuoted(words.get(i))) {
            return Optional.empty();
        }
        return MeasureWords.at(words, i).flatMap(type -> read(s, i, type, earlier));
    }

    private Optional<Sanction> read(int s, int i, MeasureType type, List<Sanction> earlier) {
        List<Word> words = ctx.words().get(s);
        if (type == MeasureType.VISA_BAN && i > 0 && PASSIVE.contains(lower(words, i - 1))) {
            return passiveBan(s, i);
        }
        boolean ownerTargeted = type == MeasureType.EXPULSION || type == MeasureType.FACILITY_CLOSURE;
        List<Resolved> targets = ownerTargeted ? owner(s, i) : marked(s, i, type);
        if (targets.isEmpty() && ownerTargeted) {
            targets = clauses.reprisalTargets(s, narration);
        }
        int under = underBefore(words, i);
        if (targets.isEmpty() && under >= 0) {
            targets = actors.before(s, under); // "Deripaska has been under U.S. sanctions"
        }
        if (targets.isEmpty()) {
            return under >= 0 ? Optional.empty() : followUp(s, i, type, earlier);
        }
        Set<String> targetIds = ids(targets);
        Optional<Resolved> premodifier = ownerTargeted ? Optional.empty() : premodifier(s, i)
                .filter(r -> r.entity().type().isCollectiveActor() && !targetIds.contains(r.entity().identity()));
        List<Resolved> subject = under >= 0 ? List.of() : actors.before(s, premodifier.map(r -> r.mention().from())
                .orElse(i)).stream().filter(r -> !targetIds.contains(r.entity().identity())).toList();
        if (!subject.isEmpty() && isMarked(words, subject.get(0).mention().from())) {
            subject = List.of(); // "pauses tariffs on A and B as duties on C take hold": A and B impose nothing
        }
        if (under < 0 && premodifier.isEmpty() && clauses.joinedAfter(s, subject, i)) {
            subject = clauses.sharedSubject(s, i).stream()
                    .filter(r -> !targetIds.contains(r.entity().identity())).toList();
        }
        int from = Math.max(subject.stream().mapToInt(r -> r.mention().to()).max().orElse(0), i - STATUS_REACH);
        MeasureStatus status = MeasureWords.status(words, Math.max(0, from), i);
        Rule rule = status == MeasureStatus.IMPOSED || status == MeasureStatus.LIFTED
                ? (subject.isEmpty() ? Rule.MEASURE_NOMINAL : Rule.MEASURE_VERB) : Rule.MEASURE_MODAL;
        Evidence evidence = narration.evidence(s, rule);
        List<Entity> imposers = new ArrayList<>();
        List<Entity> announcers = new ArrayList<>();
        premodifier.ifPresent(r -> imposers.add(r.entity()));
        for (Resolved r : subject) {
            sideOf(r, evidence, imposers, announcers);
        }
        List<Entity> against = ownerTargeted ? targets.stream().map(r -> ownerState(r, evidence)).distinct()
                .toList() : Actors.sides(targets);
        imposers.removeIf(against::contains);
        if (imposers.isEmpty() || against.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sanction(imposers, against, announcers, type, status,
                narration.dateOf(s, words.get(i).start(), false), List.of(evidence)));
    }

    /** A measure whose own clause names no target: "Trump suspended his tariffs", "OFAC froze their assets". */
    private Optional<Sanction> followUp(int s, int i, MeasureType type, List<Sanction> earlier) {
        List<Word> words = ctx.words().get(s);
        Evidence evidence = narration.evidence(s, Rule.MEASURE_VERB);
        List<Entity> imposers = new ArrayList<>();
        List<Entity> announcers = new ArrayList<>();
        List<Resolved> subject = actors.before(s, i);
        subject.forEach(r -> sideOf(r, evidence, imposers, announcers));
        if (imposers.isEmpty()) {
            return Optional.empty();
        }
        MeasureStatus status = MeasureWords.status(words, Math.max(0, i - STATUS_REACH), i);
        // "barred A and B, and the Treasury froze their assets": A and B, read as the subject, freeze nothing
        return clauses.earlierTargets(s, i, imposers, type, status, earlier)
                .filter(targets -> subject.stream().noneMatch(r -> targets.contains(r.entity())))
                .map(targets -> new Sanction(imposers, targets, announcers, type, status,
                        narration.dateOf(s, words.get(i).start(), false), List.of(evidence)));
    }

    /**
     * "X had been barred from entering the country under Y": the subject is the one banned, the actor after
     * "under" or "by" the one banning (a person standing for the state they serve).
     */
    private Optional<Sanction> passiveBan(int s, int i) {
        List<Word> words = ctx.words().get(s);
        int aux = i - 1;
        while (aux > 0 && PASSIVE.contains(lower(words, aux - 1)) || aux > 0 && words.get(aux - 1).is("had")) {
            aux--;
        }
        List<Resolved> banned = actors.before(s, aux);
        List<Resolved> by = List.of();
        for (int k = i + 1; k + 1 < words.size() && by.isEmpty(); k++) {
            if (words.get(k).is("under") || words.get(k).is("by")) {
                by = clauses.agent(s, k + 1);
            }
        }
        Evidence evidence = narration.evidence(s, Rule.MEASURE_VERB);
        List<Entity> imposers = new ArrayList<>();
        List<Entity> announcers = new ArrayList<>();
        by.forEach(r -> sideOf(r, evidence, imposers, announcers));
        List<Entity> against = Actors.sides(banned);
        imposers.removeIf(against::contains);
        if (imposers.isEmpty() || against.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sanction(imposers, against, announcers, MeasureType.VISA_BAN, MeasureStatus.IMPOSED,
                narration.dateOf(s, words.get(i).start(), false), List.of(evidence)));
    }

    /**
     * "the Azerbaijani Foreign Ministry": a body the knowledge base does not know, named with its state before
     * it, acts for that state.
     */
    private Optional<Entity> nationalBody(Resolved r, Evidence evidence) {
        if (r.entity().type() != EntityType.ORGANIZATION || r.entity().isLinked()) {
            return Optional.empty();
        }
        // "the Polish Foreign Ministry", one name made from its state (CountryBodies), records that state
        boolean madeFromState = r.mention().rule() == Rule.ORG_KEYWORD;
        return ctx.endingBefore(r.mention().sentence(), r.mention().from()).map(Resolved::entity)
                .filter(e -> e.type() == EntityType.COUNTRY)
                .or(() -> madeFromState ? ctx.countryOf(r).flatMap(q -> ctx.entityOf(q, evidence)) : Optional.empty());
    }

    /** A diplomat's staff belong to the state the diplomat serves. */
    private Entity ownerState(Resolved owner, Evidence evidence) {
        if (owner.entity().type() != EntityType.PERSON) {
            return owner.entity();
        }
        return narration.stateOf(owner, evidence).orElse(owner.entity());
    }

    /** The index of "under" a few words before the measure, or -1. */
    private static int underBefore(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (words.get(k).is("under")) {
                return k;
            }
        }
        return -1;
    }

    /** A state or body imposes; a person announces for the state they serve, or imposes when none is known. */
    private void sideOf(Resolved r, Evidence evidence, List<Entity> imposers, List<Entity> announcers) {
        if (r.entity().type() == EntityType.PLACE) {
            // "Washington, which still enforces sanctions": a capital acting stands for its state
            narration.countryServed(r, evidence).ifPresent(c -> addOnce(imposers, c));
            return;
        }
        if (r.entity().type() != EntityType.PERSON) {
            addOnce(imposers, nationalBody(r, evidence).orElse(r.entity()));
            return;
        }
        Optional<Entity> state = narration.stateOf(r, evidence);
        if (state.isPresent() && imposers.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION)) {
            addOnce(imposers, state.get());
        } else if (state.isEmpty() && imposers.isEmpty()) {
            addOnce(imposers, r.entity());
        }
        addOnce(announcers, r.entity());
    }

    /** The target after "on", "against" or "targeting", or the object of a verb ("sanctioned X", "froze"). */
    private List<Resolved> marked(int s, int i, MeasureType type) {
        List<Word> words = ctx.words().get(s);
        boolean exports = type == MeasureType.EXPORT_CONTROLS;
        for (int k = i + 1; k < Math.min(words.size(), i + (exports ? 14 : 8)); k++) {
            Word w = words.get(k);
            if (w.text().equals(".") || w.text().equals(";")) {
                break;
            }
            // goods go "to" the state whose buyers an export control cuts off
            boolean mark = TARGET_MARKS.contains(Lexicon.lower(w.text())) || exports && w.is("to");
            // "froze their U.S. assets": the state after a possessive is where the assets are, not whose
            boolean object = k == i + 1 && isVerbHead(words, i) && !POSSESSIVES.contains(Lexicon.lower(w.text()));
            if (k == i + 1 && isVerbHead(words, i) && w.is("its") && MeasureWords.isMember(lower(words, k + 1))) {
                return clauses.possessor(s, k); // "bar its military leaders": the state named before owns them
            }
            if (mark || object) {
                int j = mark ? k + 1 : k;
                while (j < words.size() && ctx.at(s, j).isEmpty() && MeasureWords.isTargetFiller(words, j)) {
                    j++;
                }
                List<Resolved> group = actors.after(s, j, Set.of());
                if (group.isEmpty() && mark) {
                    group = clauses.origin(s, j);
                }
                if (!group.isEmpty()) {
                    return clauses.namedMembers(s, group);
                }
            }
        }
        return List.of();
    }

    private static boolean isVerbHead(List<Word> words, int i) {
        String t = Lexicon.lower(words.get(i).text());
        return t.endsWith("ed") || t.equals("froze") || t.startsWith("freez") || t.startsWith("block")
                || t.equals("put") || t.equals("puts") || t.equals("places") || t.equals("adds") || t.equals("bar")
                || t.equals("bars");
    }

    /** Whether a name follows a word that marks it as a measure's target or a preposition's object. */
    private static boolean isMarked(List<Word> words, int from) {
        return from > 0 && TARGET_MARKS.contains(Lexicon.lower(words.get(from - 1).text()));
    }

    /** The state whose diplomats, mission or consulate it is: "60 Russian diplomats", "the Japanese embassy". */
    private List<Resolved> owner(int s, int i) {
        List<Word> words = ctx.words().get(s);
        int head = i;
        for (int k = i; k < Math.min(words.size(), i + 8); k++) {
            if (MeasureWords.isEnvoy(lower(words, k)) || MeasureWords.isFacility(lower(words, k))) {
                head = k;
                break;
            }
        }
        for (int k = head - 1; k >= Math.max(0, head - 4); k--) {
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent() && r.get().entity().type().isCollectiveActor()) {
                return List.of(r.get());
            }
            Word w = words.get(k);
            if (!ENVOY_SKIPS.contains(lower(words, k)) && !w.pos().equals("NUM") && !w.pos().equals("ADJ")
                    && !w.isPossessive()) {
                break;
            }
        }
        if (head + 2 < words.size() && words.get(head + 1).is("of")) {
            int j = words.get(head + 2).is("the") ? head + 3 : head + 2;
            return ctx.at(s, j).filter(r -> r.entity().type().isCollectiveActor()).map(List::of).orElse(List.of());
        }
        return head == i && !MeasureWords.isFacility(lower(words, i)) ? clauses.staffBefore(s, i) : List.of();
    }

    private Optional<Resolved> premodifier(int s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent()) {
                return r;
            }
            Word w = ctx.words().get(s).get(k);
            if (!w.pos().equals("ADJ") && !w.pos().equals("NUM") && !w.text().equals("%")
                    && !w.isPossessive()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String lower(List<Word> words, int i) {
        return Lexicon.lower(words.get(i).text());
    }

    private static Set<String> ids(List<Resolved> group) {
        return group.stream().map(r -> r.entity().identity()).collect(java.util.stream.Collectors.toSet());
    }

    private static void addOnce(List<Entity> list, Entity e) {
        if (!list.contains(e)) {
            list.add(e);
        }
    }
}
