package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rule;

/**
 * Reads an article's measure clauses as drafts, in text order, and keeps what later clauses inherit: the lead
 * measure (the article's first measure taken with a named imposer), whose imposers a clause that names none takes,
 * and whose date a past step without one of its own took place on.
 */
final class MeasureDrafts {
    private final ArticleContext ctx;
    private final Narration narration;
    private final MeasureSides sides;
    private final MeasureTargets targets;
    private final List<Quote> quotes;
    private static final java.util.Set<String> SPEECH = java.util.Set.of("say", "announce", "tell", "declare",
            "state", "confirm");
    private Lead lead;
    private final List<MeasureDraft> history = new ArrayList<>();
    /** How many sentences back a step without targets of its own may follow one. */
    private static final int FOLLOW_UP_REACH = 2;
    private final MeasurePartners partners;
    /** Steps partners take, told after the clause that names them. */
    private final List<MeasureDraft> steps = new ArrayList<>();

    /** The imposers of the article's first measure and the date it was taken. */
    record Lead(List<Entity> imposers, List<Entity> announcers, PartialDate date) {
    }

    MeasureDrafts(ArticleContext ctx, Narration narration, MeasureSides sides, MeasureTargets targets,
                  List<Quote> quotes) {
        this.ctx = ctx;
        this.narration = narration;
        this.sides = sides;
        this.targets = targets;
        this.quotes = quotes;
        this.partners = new MeasurePartners(ctx, narration);
    }

    List<MeasureDraft> partnerSteps() {
        return steps;
    }

    Optional<Lead> lead() {
        return Optional.ofNullable(lead);
    }

    MeasureTargets targets() {
        return targets;
    }

    MeasureSides sides() {
        return sides;
    }

    /** The draft of one clause; empty when it reaches no one. */
    Optional<MeasureDraft> read(Tree t, MeasureClause c) {
        Evidence evidence = narration.evidence(c.sentence(), Rule.MEASURE_VERB);
        List<Entity> announcers = new ArrayList<>();
        List<Entity> imposers = sides.imposers(c.sentence(), t, c.imposers(), c.verb(), evidence, announcers);
        List<Entity> named = sides.modifiers(c.sentence(), c.modifiers(), evidence);
        MeasureTargets.Reach reach = reach(t, c, evidence);
        List<Entity> reached = new ArrayList<>(reach.named());
        if (imposers.isEmpty()) {
            imposers.addAll(named); // "UK sanctions": the modifier imposes when the clause names no one else
            imposers.addAll(imposers.isEmpty() ? speakerState(c, evidence, announcers) : List.of());
        } else {
            named.forEach(e -> MeasureSides.addOnce(reached, e)); // "Truss announced Russian sanctions"
        }
        speaker(c.sentence(), t, c.verb()).filter(p -> !announcers.contains(p)).ifPresent(announcers::add);
        if (isFollowUp(t, c, reach)) {
            followed(c.sentence(), imposers).forEach(e -> MeasureSides.addOnce(reached, e));
        }
        PartialDate date = dateOf(t, c);
        if (lead == null && !imposers.isEmpty() && c.status() == MeasureStatus.IMPOSED) {
            lead = new Lead(imposers, announcers, date);
        }
        MeasureDraft draft = new MeasureDraft(imposers, announcers, c.type(), c.status(), date, reached,
                reach.groups(), narration.evidence(c.sentence(), rule(c, imposers)));
        List<Entity> partnerStates = sides.imposers(c.sentence(), t, c.partners(), c.verb(), evidence, new ArrayList<>());
        partners.step(c.sentence(), imposers, partnerStates, c.type()).ifPresent(steps::add);
        if (draft.targets().isEmpty() && reach.groups().isEmpty()) {
            return Optional.empty();
        }
        history.add(draft);
        return Optional.of(draft);
    }

    /** Whom the clause's phrases reach, else whom it answers ("in response to X's", "retaliating against X"). */
    private MeasureTargets.Reach reach(Tree t, MeasureClause c, Evidence evidence) {
        MeasureTargets.Reach reach = targets.read(c.sentence(), t, c.targets(), evidence,
                c.type() == MeasureType.EXPORT_CONTROLS);
        if (!reach.all().isEmpty()) {
            return reach;
        }
        MeasureTargets.Reach answered = targets.read(c.sentence(), t, c.causes(), evidence);
        return answered.all().isEmpty() ? reach : answered;
    }

    /** A lift, or a step on goods or assets that reach no one: it follows the step told before. */
    private static boolean isFollowUp(Tree t, MeasureClause c, MeasureTargets.Reach reach) {
        boolean commonNouns = !c.targets().isEmpty() && c.targets().stream()
                .allMatch(w -> t.token(w).tag().equals("NN") || t.token(w).tag().equals("NNS"));
        return reach.all().isEmpty() && reach.groups().isEmpty()
                && (c.status() == MeasureStatus.LIFTED || commonNouns);
    }

    /** The rule a draft's confidence comes from: a step taken by a named imposer, one by the lead's, or a modal. */
    private static Rule rule(MeasureClause c, List<Entity> imposers) {
        if (c.status() != MeasureStatus.IMPOSED && c.status() != MeasureStatus.LIFTED) {
            return Rule.MEASURE_MODAL;
        }
        return imposers.isEmpty() ? Rule.MEASURE_NOMINAL : Rule.MEASURE_VERB;
    }

    /**
     * The targets a step that names none of its own takes from the step just told by the same imposer: "suspended
     * his tariffs", "froze their assets", "separately placed export controls on gallium".
     */
    private List<Entity> followed(int s, List<Entity> imposers) {
        for (int i = history.size() - 1; i >= 0; i--) {
            MeasureDraft d = history.get(i);
            if (d.sentence() < s - FOLLOW_UP_REACH) {
                break;
            }
            if (!imposers.isEmpty() && d.imposers().equals(imposers)) {
                return d.targets();
            }
        }
        return List.of();
    }

    /**
     * The kinds of measure the last sentence with measures before sentence {@code s} took: a list after it names
     * whom they reached ("imposed an asset freeze and a travel ban on ... The list also names X").
     */
    List<MeasureType> typesBefore(int s) {
        int last = history.stream().filter(d -> d.sentence() < s).mapToInt(MeasureDraft::sentence).max().orElse(-1);
        List<MeasureType> out = history.stream().filter(d -> d.sentence() == last).map(MeasureDraft::type)
                .distinct().toList();
        return out.isEmpty() ? List.of(MeasureType.SANCTIONS) : out;
    }

    /** A draft whose clause named no imposer takes the lead's. */
    MeasureDraft inherit(MeasureDraft d) {
        if (!d.imposers().isEmpty() || lead == null) {
            return d;
        }
        return d.withImposers(lead.imposers(), lead.announcers(), lead.date());
    }

    /** "Chancellor X said that Germany would bar ...": the person whose statement tells of the measure. */
    private Optional<Entity> speaker(int s, Tree t, int verb) {
        for (int k = verb; k >= 0 && (t.is(k, "ccomp") || t.is(k, "conj")); k = t.head(k)) {
            int head = t.head(k);
            if (t.is(k, "ccomp") && MeasureWords.is(t, head, SPEECH)) {
                return t.subject(head).stream().flatMap(w -> sides.actorsAt(s, t, w).stream())
                        .map(r -> r.entity()).filter(e -> e.type() == EntityType.PERSON).findFirst();
            }
        }
        return Optional.empty();
    }

    /** A measure a speaker names inside a quotation without saying who takes it: the speaker's state does. */
    private List<Entity> speakerState(MeasureClause c, Evidence evidence, List<Entity> announcers) {
        int at = ctx.words().get(c.sentence()).get(c.word()).start();
        for (Quote q : quotes) {
            if (q.evidence().start() <= at && at < q.evidence().end()) {
                Optional<Entity> state = narration.stateOf(q.speaker(), evidence);
                state.ifPresent(x -> announcers.add(q.speaker()));
                return state.map(List::of).orElse(List.of());
            }
        }
        return List.of();
    }

    /**
     * The measure's date: its clause's own, else the day the article tells of for a step it tells as taken now
     * (a present or perfect verb, "today"); a past step without a date of its own took place on the lead's day.
     */
    private PartialDate dateOf(Tree t, MeasureClause c) {
        PartialDate own = MeasureTiming.dateOf(narration, c.sentence(), t, c.verb(), c.word());
        if (own != null || c.status() != MeasureStatus.IMPOSED && c.status() != MeasureStatus.LIFTED) {
            return own;
        }
        if (MeasureTiming.isBackground(t, c.verb())) {
            return null;
        }
        if (MeasureTiming.isPresent(t, c.verb()) || lead == null || lead.date() == null) {
            return published();
        }
        return lead.date();
    }

    /** The day of a measure a list tells of: the lead's, else the publication day. */
    PartialDate listDate() {
        return lead != null && lead.date() != null ? lead.date() : published();
    }

    private PartialDate published() {
        return narration.published() == null ? null : PartialDate.of(narration.published());
    }
}
