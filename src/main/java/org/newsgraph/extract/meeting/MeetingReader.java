package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Rule;

/**
 * Reads the meetings one trigger word of a parsed sentence states: the verb's or noun's reading, then status,
 * kind, date and place, and one meeting per partner met apart and per place visited.
 */
final class MeetingReader {
    private final ArticleContext ctx;
    private final Narration narration;
    private final VerbReader verbs;
    private final NounReader nouns;
    private final MeetingTiming timing;
    private final Setting setting;

    MeetingReader(ArticleContext ctx, Narration narration, Sides sides) {
        this.ctx = ctx;
        this.narration = narration;
        Visits visits = new Visits(ctx, sides);
        this.verbs = new VerbReader(sides, visits);
        this.nouns = new NounReader(ctx, sides, visits);
        this.timing = new MeetingTiming(narration, ctx.document().article().text());
        this.setting = new Setting(ctx);
    }

    List<MeetingDraft> read(int s, Tree t, int i) {
        String lemma = MeetingWords.lemma(t, i);
        Optional<Reading> reading = MeetingWords.isVerb(t, i) ? verbs.read(s, t, i, lemma)
                : MeetingWords.isNoun(t, i) && MeetingWords.EVENT_NOUNS.contains(lemma) ? nouns.read(s, t, i, lemma)
                : Optional.empty();
        return reading.map(r -> drafts(s, t, r)).orElse(List.of());
    }

    private List<MeetingDraft> drafts(int s, Tree t, Reading r) {
        if (Cues.onlyProposed(t, r.trigger())) {
            return List.of();
        }
        MeetingStatus status = cancelledInSentence(t) ? MeetingStatus.CANCELLED : Cues.status(t, r.trigger());
        MeetingKind kind = r.kind() == MeetingKind.IN_PERSON && r.clause() >= 0 && Cues.byCall(t, r.clause())
                ? MeetingKind.CALL : r.kind();
        MeetingTiming.Dated dated = timing.dateOf(s, t, r, status);
        PartialDate date = dated.date();
        if (status == MeetingStatus.HAPPENED && timing.isAhead(date)) {
            status = MeetingStatus.PLANNED;
        }
        Evidence ev = narration.evidence(s, status == MeetingStatus.PLANNED ? Rule.MEETING_PLANNED : r.rule());
        boolean welcome = r.rule() == Rule.MEETING_RECEPTION;
        Setting.Found where = kind == MeetingKind.CALL ? new Setting.Found(null, null)
                : setting.of(s, t, r, welcome, ev);
        boolean bilateral = t.children(r.trigger(), Set.of("amod", "nmod", "compound")).stream()
                .anyMatch(c -> t.lemma(c).equals("bilateral")); // never the same encounter as a wider one
        Template base = new Template(s, kind, status, dated, where, ev, r, bilateral);
        if (!r.destinations().isEmpty() && r.partners().isEmpty()) {
            return visits(t, base);
        }
        List<MeetingDraft> out = new ArrayList<>();
        if (r.partners().size() > 1) {
            for (int g = 0; g < r.partners().size(); g++) {
                PartialDate own = g == 0 ? date : timing.after(s, t, firstWord(t, r, g)).orElse(date);
                add(out, base.draft(r.subject(), r.partners().get(g).entities(), own));
            }
        } else if (r.partners().size() == 1 && r.partners().get(0).each() && !r.subject().isEmpty()) {
            r.partners().get(0).entities().forEach(e -> add(out, base.draft(r.subject(), List.of(e), date)));
        } else {
            add(out, base.draft(r.subject(), r.partners().isEmpty() ? List.of()
                    : r.partners().get(0).entities(), date));
        }
        if (!r.destinations().isEmpty()) {
            // "visited Kyiv and urged B": the person met there, at the place gone to
            out.forEach(d -> d.place = setting.named(s, r.destinations().get(0), ev).orElse(d.place));
        }
        return out;
    }

    /** One visit per place gone to: the visitor and the state visited, at the place. */
    private List<MeetingDraft> visits(Tree t, Template base) {
        List<MeetingDraft> out = new ArrayList<>();
        List<String> states = new ArrayList<>();
        Optional<String> home = base.reading().subject().stream().findFirst()
                .flatMap(v -> narration.stateOf(v, base.evidence())).map(Entity::identity);
        for (int d : base.reading().destinations()) {
            Optional<Entity> state = stateOf(base.sentence(), d, base.evidence());
            if (state.isEmpty() || states.contains(state.get().identity())
                    || home.filter(h -> h.equals(state.get().identity())).isPresent()) {
                continue; // "Chisinau, Moldova" is one visit; "arrived in Berlin" is no visit for a German
            }
            states.add(state.get().identity());
            MeetingDraft draft = base.draft(base.reading().subject(), List.of(state.get()), base.date());
            if (draft != null) {
                draft.place = setting.named(base.sentence(), d, base.evidence()).orElse(state.get());
                out.add(draft);
            }
        }
        return out;
    }

    private Optional<Entity> stateOf(int s, int word, Evidence ev) {
        Optional<Resolved> r = ctx.at(s, word);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        if (r.get().entity().type() == EntityType.COUNTRY) {
            return Optional.of(r.get().entity());
        }
        return ctx.countryOf(r.get()).flatMap(q -> ctx.entityOf(q, ev)).filter(e -> e.type() == EntityType.COUNTRY);
    }

    /** "Was due to meet A, but the meeting was called off": a cancelled event noun in the sentence. */
    private static boolean cancelledInSentence(Tree t) {
        for (int k = 0; k < t.size(); k++) {
            if (MeetingWords.EVENT_NOUNS.contains(t.lemma(k)) && t.head(k) >= 0) {
                int verb = t.head(k);
                boolean off = MeetingWords.CANCEL_WORDS.contains(t.lemma(verb)) || t.lemma(verb).equals("call")
                        && t.children(verb, Set.of("prt")).stream().anyMatch(p -> t.lemma(p).equals("off"));
                if (off && (t.is(k, "nsubjpass") || t.is(k, "dobj") || t.is(k, "nsubj"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstWord(Tree t, Reading r, int group) {
        List<Integer> preps = VerbReader.partnerPrepositions(t, r.trigger(), Set.of("with", "to", "between"));
        return group < preps.size() ? preps.get(group) : r.trigger();
    }

    private static void add(List<MeetingDraft> out, MeetingDraft d) {
        if (d != null) {
            out.add(d);
        }
    }

    /** What the meetings of one reading share. */
    private record Template(int sentence, MeetingKind kind, MeetingStatus status, MeetingTiming.Dated dated,
                            Setting.Found where, Evidence evidence, Reading reading, boolean bilateral) {
        PartialDate date() {
            return dated.date();
        }

        /** A meeting of the sides, or null when fewer than two (one for a summit) take part. */
        MeetingDraft draft(List<Entity> subject, List<Entity> partners, PartialDate when) {
            List<Entity> all = new ArrayList<>(subject);
            partners.stream().filter(e -> !all.contains(e)).forEach(all::add);
            if (all.isEmpty() || all.size() < 2 && kind != MeetingKind.SUMMIT) {
                return null;
            }
            MeetingDraft d = new MeetingDraft(sentence, kind, status, all, evidence);
            d.host = reading.host();
            d.date = when;
            d.dateGuessed = dated.guessed() && when == dated.date();
            d.place = where.place();
            d.venue = where.venue();
            d.distinct = reading.distinct();
            d.twoSided = bilateral;
            return d;
        }
    }
}
