package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Places;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Meetings of one article: each sentence's meeting words read by {@link MeetingReader}, the sentences after a
 * meeting that add its delegation or call it off, and the tellings of one encounter merged into one meeting.
 */
public final class MeetingFinder {
    /** How many sentences after a meeting a delegation, a cancellation or a continuation may still refer to it. */
    private static final int FOLLOW_UP_REACH = 8;

    /**
     * Whether a sentence, tagged but not parsed, holds a word that may state an encounter: only such sentences
     * need the parse this finder reads.
     */
    public static boolean worthParsing(List<Token> tokens) {
        return MeetingWords.hasTrigger(tokens);
    }

    public List<Meeting> find(ArticleContext ctx, Narration narration, Referents referents) {
        Sides sides = new Sides(ctx, referents, narration);
        MeetingReader reader = new MeetingReader(ctx, narration, sides);
        List<MeetingDraft> drafts = new ArrayList<>();
        List<Trips.Span> spans = new ArrayList<>();
        for (int s = 0; s < ctx.words().size(); s++) {
            List<Word> words = ctx.words().get(s);
            MeetingDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean recent = last != null && s - last.sentence <= FOLLOW_UP_REACH;
            if (recent && MeetingFollowUps.namesDelegation(words, ctx, s)) {
                addDelegation(ctx, narration, s, last);
                continue;
            }
            if (recent && MeetingFollowUps.cancelsPrevious(words)) {
                last.status = MeetingStatus.CANCELLED;
                last.evidence.add(narration.evidence(s, Rule.MEETING_PLANNED));
            }
            // "a third round was called off": the series told last goes on
            boolean series = recent && MeetingFollowUps.countsRounds(ctx.words().get(last.sentence));
            int round = series ? MeetingFollowUps.nextRound(words) : -1;
            if (round >= 0) {
                drafts.add(nextRound(last, s, round, narration, words));
            }
            Sentence sentence = ctx.sentence(s);
            if (!sentence.isParsed()) {
                continue; // no tree, no reading: nothing rather than a guess
            }
            Tree tree = Tree.of(sentence);
            PartialDate when = narration.hasDate(s) ? narration.dates(s).get(0).date() : null;
            Trips.span(s, tree, sides, when).ifPresent(spans::add);
            for (int i = 0; i < words.size(); i++) {
                for (MeetingDraft d : reader.read(s, tree, i)) {
                    if (!joinsLast(d, drafts)) {
                        drafts.add(continued(d, drafts, narration, words));
                        drafts.addAll(otherMonths(d, narration, ctx));
                    }
                    sides.remember(List.copyOf(d.participants.values()));
                }
            }
        }
        drafts.removeIf(d -> toldByItsMeeting(d, drafts));
        Trips.carryDates(drafts);
        Trips.carrySpans(drafts, spans);
        List<MeetingDraft> merged = merge(drafts);
        placeAtDateline(ctx, narration, merged);
        joinFellowTravellers(merged);
        return merged.stream().filter(MeetingFinder::hasSides).map(MeetingDraft::toMeeting).toList();
    }

    /**
     * An encounter needs two sides: one left alone (an unresolved "him", a body's own summit) is no fact to report,
     * but for a summit told by the person who convened it.
     */
    private static boolean hasSides(MeetingDraft d) {
        return d.participants.size() >= 2 || d.kind == MeetingKind.SUMMIT
                && d.participants.values().stream().allMatch(e -> e.type() == EntityType.PERSON);
    }

    /** "Traveled to Warsaw, where he met B": the visit is told by the meeting held there. */
    private static boolean toldByItsMeeting(MeetingDraft visit, List<MeetingDraft> drafts) {
        if (visit.kind != MeetingKind.VISIT || visit.place == null || visit.participants.isEmpty()) {
            return false;
        }
        String visitor = visit.participants.keySet().iterator().next();
        return drafts.stream().anyMatch(d -> d != visit && d.kind != MeetingKind.VISIT && d.sentence == visit.sentence
                && d.participants.containsKey(visitor) && d.place != null
                && d.place.identity().equals(visit.place.identity()));
    }

    /** "A and B also joined C": they took part in the meeting told last, when C was one of its sides. */
    private static boolean joinsLast(MeetingDraft d, List<MeetingDraft> drafts) {
        if (drafts.isEmpty() || d.evidence.get(0).rule() != Rule.MEETING_DELEGATION) {
            return false;
        }
        MeetingDraft last = drafts.get(drafts.size() - 1);
        boolean shared = d.participants.keySet().stream().anyMatch(last.participants::containsKey);
        if (shared && d.sentence - last.sentence <= FOLLOW_UP_REACH) {
            d.participants.values().forEach(last::addParticipant);
            last.evidence.addAll(d.evidence);
            return true;
        }
        return false;
    }

    /**
     * An encounter of the story's present told without a city took place in the dateline's city, as did one
     * placed only in the dateline city's country ("in Japan" under a TOKYO dateline). Calls and plans are not.
     */
    private static void placeAtDateline(ArticleContext ctx, Narration narration, List<MeetingDraft> drafts) {
        Places places = new Places(ctx);
        Optional<Resolved> line = places.dateline();
        if (line.isEmpty()) {
            return;
        }
        String country = ctx.countryOf(line.get()).orElse(null);
        for (MeetingDraft d : drafts) {
            boolean present = d.date == null || narration.nearPublication(d.date);
            boolean inCountry = d.place != null && d.place.type() == EntityType.COUNTRY
                    && d.place.identity().equals(country);
            boolean here = d.kind != MeetingKind.CALL && d.status != MeetingStatus.PLANNED && present;
            if (here && (d.place == null || inCountry)) {
                Optional<Entity> city = places.datelineCity(d.evidence.get(0));
                d.place = city.orElse(d.place);
            }
        }
    }

    /**
     * "A fourth session planned for May 3 was dropped": the series told before goes on between the same sides,
     * on the date its sentence gives.
     */
    private static MeetingDraft nextRound(MeetingDraft last, int s, int round, Narration narration,
                                          List<Word> words) {
        boolean off = MeetingFollowUps.callsOff(words);
        boolean plan = words.subList(round, words.size()).stream()
                .anyMatch(w -> w.is("scheduled") || w.is("planned") || w.is("will") || w.is("due"));
        MeetingStatus status = off ? MeetingStatus.CANCELLED : plan ? MeetingStatus.PLANNED : MeetingStatus.HAPPENED;
        MeetingDraft d = new MeetingDraft(s, last.kind, status, List.copyOf(last.participants.values()),
                narration.evidence(s, status == MeetingStatus.HAPPENED ? Rule.MEETING_NOMINAL : Rule.MEETING_PLANNED));
        d.host = last.host;
        d.place = last.place;
        d.date = narration.dateOf(s, words.get(round).start(), false);
        d.distinct = true;
        return d;
    }

    /**
     * "Rounds of negotiation ... in May and June": one encounter in each month named with the one the draft
     * took its date from.
     */
    private static List<MeetingDraft> otherMonths(MeetingDraft d, Narration narration, ArticleContext ctx) {
        List<MeetingDraft> out = new ArrayList<>();
        if (d.date == null || d.date.precision() != PartialDate.Precision.MONTH) {
            return out;
        }
        String text = ctx.document().article().text();
        List<DateMention> dates = narration.dates(d.sentence);
        for (int k = 1; k < dates.size(); k++) {
            DateMention a = dates.get(k - 1);
            DateMention b = dates.get(k);
            boolean joined = text.substring(a.end(), b.start()).strip().equals("and")
                    && a.date().precision() == PartialDate.Precision.MONTH
                    && b.date().precision() == PartialDate.Precision.MONTH;
            if (joined && a.date().equals(d.date)) {
                out.add(d.copyAt(b.date()));
            }
        }
        return out;
    }

    /**
     * "X went on the journey along with Y": those who made a visit together attended the meetings the visitor held
     * there that day.
     */
    private static void joinFellowTravellers(List<MeetingDraft> drafts) {
        for (MeetingDraft visit : drafts) {
            if (visit.kind != MeetingKind.VISIT || visit.participants.size() < 2 || visit.date == null
                    || visit.status != MeetingStatus.HAPPENED) {
                continue;
            }
            String visitor = visit.participants.keySet().iterator().next();
            List<MeetingDraft> there = drafts.stream().filter(d -> d != visit && d.kind == MeetingKind.IN_PERSON
                    && d.participants.containsKey(visitor) && visit.date.equals(d.date) && d.place != null
                    && (visit.place == null || d.place.identity().equals(visit.place.identity()))).toList();
            if (visit.place == null && !there.isEmpty()) {
                visit.place = there.get(0).place; // "made the trip": the one told before
            }
            there.stream().filter(d -> d.place.identity().equals(visit.place.identity()))
                    .forEach(d -> visit.participants.values().stream().filter(e -> e.type() == EntityType.PERSON)
                            .forEach(d::addParticipant));
        }
    }

    private static void addDelegation(ArticleContext ctx, Narration narration, int s, MeetingDraft last) {
        // Once the delegation's people are named, the country standing for their side is no participant.
        last.participants.values().removeIf(e -> e.type().isCollectiveActor());
        ctx.mentions().get(s).stream()
                .filter(r -> r.entity().type() == EntityType.PERSON && !narration.isQuoted(
                        ctx.words().get(s).get(r.mention().from())))
                .sorted(java.util.Comparator.comparingInt(r -> r.mention().from()))
                .forEach(r -> last.addParticipant(r.entity()));
        last.evidence.add(narration.evidence(s, Rule.MEETING_DELEGATION));
    }

    /**
     * A meeting told as going on from the one before ("also met ... on the sidelines", "later met separately")
     * happened where and when that one did, unless its sentence says otherwise.
     */
    private static MeetingDraft continued(MeetingDraft d, List<MeetingDraft> drafts, Narration narration,
                                          List<Word> words) {
        boolean sidelines = words.stream().anyMatch(w -> w.is("sidelines"));
        // "agreed to meet again": a plan takes no date from the encounter told before it
        boolean plan = d.status == MeetingStatus.PLANNED;
        if (d.date == null && (d.distinct || sidelines) && !plan) {
            d.date = narration.dateOf(d.sentence, ctxStart(words), true);
        }
        if (drafts.isEmpty()) {
            return d;
        }
        MeetingDraft last = drafts.get(drafts.size() - 1);
        boolean goesOn = (d.distinct || sidelines) && d.sentence - last.sentence <= FOLLOW_UP_REACH;
        if (goesOn) {
            if (!narration.hasDate(d.sentence) && (!plan || last.status == MeetingStatus.PLANNED)) {
                d.date = last.date;
            }
            if (d.place == null) {
                d.place = last.place;
            }
        }
        return d;
    }

    private static int ctxStart(List<Word> words) {
        return words.get(0).start();
    }

    /** One meeting per encounter: each telling folded into the latest earlier one it agrees with. */
    private static List<MeetingDraft> merge(List<MeetingDraft> drafts) {
        List<MeetingDraft> out = new ArrayList<>();
        for (MeetingDraft d : drafts) {
            MeetingDraft same = null;
            for (int k = out.size() - 1; k >= 0 && same == null; k--) {
                if (out.get(k).sameEncounterAs(d)) {
                    same = out.get(k);
                }
            }
            if (same != null) {
                same.absorb(d);
            } else {
                out.add(d);
            }
        }
        return out;
    }
}
