package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Actors;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Places;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Rule;

/**
 * Reads one meeting from the word that announces it: a verb (met, held talks, spoke by phone, received, visited,
 * convened, joined) or a noun with its partner (a meeting with, talks between, a call with, a summit of).
 */
final class MeetingReader {
    private static final Set<String> MEET = Set.of("meet", "meets", "met", "meeting");
    private static final Set<String> SEE = Set.of("see", "sees", "saw", "seeing");
    private static final Set<String> SIT = Set.of("sit", "sits", "sat", "sitting");
    private static final Set<String> TALK_NOUNS = Set.of("talks", "call", "meeting", "conversation", "meetings");
    private static final Set<String> SPEAK = Set.of("speak", "speaks", "spoke", "spoken", "speaking", "talk",
            "talks", "talked", "talking");
    private static final Set<String> RECEIVE = Set.of("receive", "receives", "received", "receiving", "welcome",
            "welcomes", "welcomed", "welcoming", "host", "hosts", "hosted", "hosting");
    private static final Set<String> VISIT = Set.of("visit", "visits", "visited", "visiting", "trip");
    private static final Set<String> CONVENE = Set.of("convene", "convenes", "convened", "convening", "chaired",
            "chairs", "hosted", "hosts");
    /** Verbs of talking that name an encounter when told "on the sidelines of" a gathering. */
    private static final Set<String> DISCUSS = Set.of("discuss", "discussed", "conferred", "chatted");
    private static final Set<String> JOIN = Set.of("join", "joins", "joined", "joining");
    private static final Set<String> HOLD = Set.of("hold", "holds", "held", "holding", "have", "has", "had",
            "having");
    /** Words between "spoke" and "with": "spoke by phone with", "spoke twice with". */
    private static final Set<String> SPEAK_GAP = Set.of("by", "phone", "telephone", "on", "the", "over", "twice",
            "again", "briefly", "separately", "also", "privately");
    private static final Set<String> CALL_CUES = Set.of("phone", "telephone", "phoned", "call", "calls",
            "video", "videoconference", "teleconference", "virtually", "virtual", "videolink");
    private static final Set<String> SEPARATE_CUES = Set.of("also", "later", "separately", "again");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Actors actors;
    private final Places places;
    private final MeetingTiming timing;
    private final MeetingSides sides;
    private final MeetingVisits visits;

    MeetingReader(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
        this.actors = new Actors(ctx, narration);
        this.places = new Places(ctx);
        this.timing = new MeetingTiming(ctx, narration);
        this.sides = new MeetingSides(ctx, narration);
        this.visits = new MeetingVisits(ctx, narration, actors);
    }

    /** The participants of the meeting read last: "the two men" of a later sentence may be them. */
    private List<Entity> lastParticipants = List.of();

    void remember(MeetingDraft d) {
        lastParticipants = List.copyOf(d.participants.values());
    }

    /** The meetings the word at {@code i} announces: none, one, or one and a second with a partner "and with". */
    List<MeetingDraft> read(int s, int i) {
        List<Word> words = ctx.words().get(s);
        Word w = words.get(i);
        if (narration.isQuoted(w) || MeetingPhrases.isInternalOrMedia(words, i)) {
            return List.of();
        }
        Optional<MeetingTrigger> t = trigger(s, i);
        Optional<MeetingDraft> d = t.flatMap(x -> draft(s, i, x));
        if (d.isEmpty()) {
            return List.of();
        }
        List<MeetingDraft> out = new ArrayList<>(List.of(d.get()));
        sides.secondPartner(s, i, t.get().subject(), d.get()).ifPresent(out::add);
        return out;
    }

    private Optional<MeetingTrigger> trigger(int s, int i) {
        List<Word> words = ctx.words().get(s);
        String text = Lexicon.lower(words.get(i).text());
        String next = i + 1 < words.size() ? Lexicon.lower(words.get(i + 1).text()) : "";
        boolean verb = MeetingPhrases.verbLike(words, i);
        if (TALK_NOUNS.contains(text) && (next.equals("with") || next.equals("between"))) {
            return nominal(s, i, next.equals("between"), i + 2);
        }
        int between = MeetingPhrases.betweenAfterPlace(ctx, s, i);
        if (TALK_NOUNS.contains(text) && between > 0) {
            return nominal(s, i, true, between + 1); // "negotiations in Oslo between A and B"
        }
        if (TALK_NOUNS.contains(text) && MeetingPhrases.heldBefore(words, i)) {
            return Optional.of(new MeetingTrigger(MeetingKind.IN_PERSON, Rule.MEETING_VERB,
                    sides.coordinated(s, actors.before(s, i)), List.of(), null, false)); // "X and Y held talks"
        }
        if (TALK_NOUNS.contains(text) && MeetingPhrases.duringBefore(words, i)) {
            return sidelines(s, i); // "A and B agreed ... during a video call": the subject's people talked
        }
        if (MEET.contains(text) && !text.equals("meeting")) {
            int k = skipGap(s, i + 1);
            return Optional.of(verbal(s, i, MeetingKind.IN_PERSON, words.get(k).is("with") ? k + 1 : k));
        }
        if (SEE.contains(text) && verb) {
            // "see" has many senses; only a person seeing a person is an encounter
            MeetingTrigger t = verbal(s, i, MeetingKind.IN_PERSON, i + 1);
            boolean people = t.partners().stream().anyMatch(r -> r.entity().type() == EntityType.PERSON)
                    && t.subject().stream().anyMatch(r -> r.entity().type() == EntityType.PERSON);
            return people || !t.also().isEmpty() ? Optional.of(t) : Optional.empty();
        }
        int company = verb ? MeetingPhrases.companyOf(words, i) : -1;
        if (company > 0) {
            return Optional.of(verbal(s, i, MeetingKind.IN_PERSON, company));
        }
        if (SIT.contains(text) && next.equals("down") && i + 2 < words.size() && words.get(i + 2).is("with")) {
            return Optional.of(verbal(s, i, MeetingKind.IN_PERSON, i + 3));
        }
        if (SPEAK.contains(text) && verb) {
            int k = skipGap(s, i + 1);
            boolean partner = words.get(k).is("with") || words.get(k).is("to");
            return partner ? Optional.of(speak(s, i, k + 1)) : byPhone(s, i);
        }
        if (RECEIVE.contains(text) && verb) {
            return receive(s, i);
        }
        if (VISIT.contains(text)) {
            return visits.visit(s, i);
        }
        if (CONVENE.contains(text) && MeetingPhrases.convenedMeeting(words, i)) {
            return Optional.of(new MeetingTrigger(MeetingKind.SUMMIT, Rule.MEETING_SUMMIT, actors.before(s, i),
                    List.of(), null, false));
        }
        if (text.equals("summit") && (next.equals("of") || next.equals("with"))) {
            // "X will hold a summit with Y": X is at it; "a summit of leaders" names all who came
            List<Resolved> holder = next.equals("with") && MeetingPhrases.heldBefore(words, i)
                    ? actors.before(s, i) : List.of();
            return Optional.of(new MeetingTrigger(MeetingKind.SUMMIT, Rule.MEETING_SUMMIT, holder,
                    actors.after(s, MeetingPhrases.skipLeadersFrom(words, i + 2), Actors.identities(holder)), null, false));
        }
        if (DISCUSS.contains(text) && verb && words.stream().anyMatch(w -> w.is("sidelines"))) {
            return sidelines(s, i);
        }
        if (JOIN.contains(text) && verb && MeetingFollowUps.speaksOfMeeting(words)) {
            return Optional.of(verbal(s, i, MeetingKind.IN_PERSON, i + 1)).map(t -> new MeetingTrigger(t.kind(),
                    Rule.MEETING_DELEGATION, t.subject(), t.partners(), null, false));
        }
        return Optional.empty();
    }

    /**
     * The word after adverbs, "by phone" and a date that may stand between a verb and its partner: "spoke by phone
     * on Aug. 16 with X".
     */
    private int skipGap(int s, int k) {
        List<Word> words = ctx.words().get(s);
        while (k < words.size() - 1) {
            Word w = words.get(k);
            int end = narration.dates(s).stream().filter(d -> d.start() <= w.start() && w.start() < d.end())
                    .mapToInt(DateMention::end).max().orElse(-1);
            if (end < 0 && !SPEAK_GAP.contains(Lexicon.lower(w.text())) && !w.pos().equals("ADV")) {
                break;
            }
            k++;
            while (end >= 0 && k < words.size() - 1 && words.get(k).start() < end) {
                k++;
            }
        }
        return Math.min(k, words.size() - 1);
    }

    private MeetingTrigger verbal(int s, int i, MeetingKind kind, int objectFrom) {
        List<Word> words = ctx.words().get(s);
        List<Resolved> subject = sides.coordinated(s, actors.before(s, i));
        int pairAt = MeetingPhrases.pairBefore(words, i);
        if (pairAt >= 0 && subject.stream().allMatch(r -> r.mention().from() < pairAt)) {
            return new MeetingTrigger(kind, Rule.MEETING_VERB, List.of(), List.of(), null, false, pair(s, pairAt));
        }
        List<Resolved> partners = sides.withoutPossessors(s, actors.after(s, objectFrom, Actors.identities(subject)));
        List<Entity> also = partners.isEmpty() && MeetingPhrases.pairAt(words, objectFrom)
                ? pair(s, objectFrom) : List.of();
        return new MeetingTrigger(kind, Rule.MEETING_VERB, subject, partners, null, false, also);
    }

    /** "The two men": the two people named before in the sentence, else the sides of the meeting told last. */
    private List<Entity> pair(int s, int k) {
        List<Entity> named = ctx.mentions().get(s).stream()
                .filter(r -> r.mention().to() <= k && r.entity().type() == EntityType.PERSON)
                .filter(r -> !narration.isQuoted(ctx.words().get(s).get(r.mention().from())))
                .map(Resolved::entity).distinct().toList();
        return named.size() == 2 ? named : lastParticipants;
    }

    /** "X and his counterpart, Y, spoke by phone": a call among the subject group. */
    private Optional<MeetingTrigger> byPhone(int s, int i) {
        List<Word> words = ctx.words().get(s);
        boolean phone = false;
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            phone |= CALL_CUES.contains(Lexicon.lower(words.get(k).text()));
        }
        List<Resolved> subject = actors.before(s, i);
        long people = subject.stream().filter(r -> r.entity().type() == EntityType.PERSON).count();
        return phone && people >= 2 ? Optional.of(new MeetingTrigger(MeetingKind.CALL, Rule.MEETING_VERB, subject,
                List.of(), null, false)) : Optional.empty();
    }

    private MeetingTrigger speak(int s, int i, int objectFrom) {
        MeetingTrigger t = verbal(s, i, MeetingKind.CALL, objectFrom);
        List<Resolved> partners = t.partners().stream()
                .filter(r -> r.entity().type() != EntityType.ORGANIZATION).toList();
        return new MeetingTrigger(MeetingKind.CALL, Rule.MEETING_VERB, t.subject(), partners, null, false);
    }

    private Optional<MeetingTrigger> nominal(int s, int i, boolean between, int partnersFrom) {
        List<Word> words = ctx.words().get(s);
        boolean talks = words.get(i).is("talks") || words.get(i).is("meetings");
        boolean counted = i > 1 && words.get(i - 1).is("of") && MeetingPhrases.countsSessions(words.get(i - 2));
        if (talks && i > 0 && (words.get(i - 1).is("in") || words.get(i - 1).is("of")) && !counted) {
            return Optional.empty(); // "the two sides remain in talks": no single encounter
        }
        List<Resolved> partners = actors.after(s, partnersFrom, Set.of());
        List<Resolved> subject = between ? List.of() : actors.before(s, i);
        if (!between && subject.isEmpty()) {
            return Optional.empty(); // "talks with A and with B" without who held them: A and B did not meet
        }
        boolean held = i > 0 && words.subList(Math.max(0, i - 4), i).stream()
                .anyMatch(w -> HOLD.contains(Lexicon.lower(w.text())));
        return Optional.of(new MeetingTrigger(MeetingKind.IN_PERSON, held ? Rule.MEETING_VERB : Rule.MEETING_NOMINAL,
                subject, partners, null, false));
    }

    private Optional<MeetingTrigger> receive(int s, int i) {
        List<Resolved> host = actors.before(s, i);
        List<Resolved> guests = actors.after(s, i + 1, Actors.identities(host));
        List<Entity> pair = guests.isEmpty() && MeetingPhrases.pairAt(ctx.words().get(s), i + 1) ? pair(s, i + 1)
                : List.of();
        if (pair.isEmpty() && guests.stream().noneMatch(r -> r.entity().type() == EntityType.PERSON)) {
            return Optional.empty();
        }
        Entity hostEntity = Actors.sides(host).stream().findFirst().orElse(null);
        return Optional.of(new MeetingTrigger(MeetingKind.IN_PERSON, Rule.MEETING_RECEPTION, host, guests, hostEntity,
                false, pair));
    }

    /** "A and B conferred about trade on the sidelines of a forum": the two people named as subject met there. */
    private Optional<MeetingTrigger> sidelines(int s, int i) {
        List<Resolved> subject = sides.coordinated(s, actors.before(s, i));
        long people = subject.stream().filter(r -> r.entity().type() == EntityType.PERSON).count();
        return people >= 2 ? Optional.of(new MeetingTrigger(MeetingKind.IN_PERSON, Rule.MEETING_VERB, subject, List.of(),
                null, false)) : Optional.empty();
    }

    private Optional<MeetingDraft> draft(int s, int i, MeetingTrigger t) {
        List<Entity> participants = new ArrayList<>(sides.officeHolders(s, t.subject()));
        sides.officeHolders(s, t.partners()).stream().filter(e -> !participants.contains(e)).forEach(participants::add);
        t.also().stream().filter(e -> !participants.contains(e)).forEach(participants::add);
        boolean needsTwo = t.kind() != MeetingKind.SUMMIT && t.kind() != MeetingKind.VISIT;
        if (participants.isEmpty() || needsTwo && participants.size() < 2) {
            return Optional.empty();
        }
        List<Word> words = ctx.words().get(s);
        MeetingStatus status = timing.status(s, i, t.subject(), t.visitTo());
        Evidence evidence = narration.evidence(s, status == MeetingStatus.PLANNED ? Rule.MEETING_PLANNED : t.rule());
        boolean byCall = MeetingPhrases.nearInClause(words, i, CALL_CUES);
        MeetingKind kind = t.kind() == MeetingKind.IN_PERSON && byCall ? MeetingKind.CALL : t.kind();
        MeetingDraft d = new MeetingDraft(s, kind, status, participants, evidence);
        d.host = t.host();
        // A third person receiving "the two men" told before is an encounter of its own.
        d.distinct = MeetingPhrases.near(words, i, SEPARATE_CUES) || t.host() != null && !t.also().isEmpty();
        d.twoSided = i > 0 && words.get(i - 1).is("bilateral");
        boolean wide = t.rule() == Rule.MEETING_DELEGATION;
        Places.Found where = places.in(s, i, wide, t.visitTo() || t.kind() == MeetingKind.VISIT, evidence);
        d.place = kind == MeetingKind.CALL && !sides.placeInClause(s, i, where.place()) ? null : where.place();
        d.venue = where.venue();
        d.date = timing.dateOf(s, i, d.status);
        return Optional.of(d);
    }
}
