package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.measure.MeasureTargets.Group;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.Rule;

/**
 * Lists of those a measure reached, which name its targets apart from the clause that takes it:
 * <ul>
 * <li>a measure head with a linking verb: "Those designated include A, B and C", "X now subject to UK sanctions
 * include ...", "Among those facing sanctions are ...", "Today's sanctions list ...", "The listings also include";</li>
 * <li>the same ending in a colon, its entries on the lines after it, one bullet each ("The individuals targeted today
 * include:"), each bullet's entry the names before its first comma, dash or semicolon;</li>
 * <li>a group a measure reached named afterwards: "The five individuals are:" and bullets, "The companies are A, B
 * and C", or a later sentence naming as many new people as the group counts.</li>
 * </ul>
 * Lists are read from their words and mentions, so they need no parse; a parse adds the groups they name.
 */
final class MeasureLists {
    private static final Set<String> LIST_VERBS = Set.of("include", "be", "list", "name", "comprise", "target");

    private static final Set<String> MEASURE_HEADS = Set.of("sanction", "sanctions", "designation", "designations",
            "listing", "listings", "list");

    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "be", "being", "will", "now");

    /** How far after a group a list or the names of its members may come. */
    private static final int REACH = 4;

    private final ArticleContext ctx;
    private final Narration narration;
    private final MeasureDrafts reading;
    private final ListEntries lines;

    MeasureLists(ArticleContext ctx, Narration narration, MeasureDrafts reading) {
        this.ctx = ctx;
        this.narration = narration;
        this.reading = reading;
        this.lines = new ListEntries(ctx, narration);
    }

    /** The drafts with the lists read: new drafts for measure lists, groups given the members a list names. */
    List<MeasureDraft> expand(List<MeasureDraft> drafts) {
        List<MeasureDraft> out = new ArrayList<>(drafts);
        for (int s = 1; s < ctx.words().size(); s++) {
            int sentence = s;
            if (out.stream().noneMatch(d -> d.sentence() < sentence)) {
                continue; // a list tells of a measure told before it
            }
            int verb = listVerb(s);
            if (verb < 0) {
                continue;
            }
            List<Entity> entries = lines.entries(s, verb);
            Optional<MeasureDraft> grouped = groupOf(out, s, verb);
            if (grouped.isPresent()) {
                MeasureDraft d = grouped.get();
                Group g = matchingGroup(d, s, verb).orElseThrow();
                out.set(out.indexOf(d), d.withMembers(g, entries));
            } else if (isMeasureHead(s, verb) || isNamedBefore(out, s, verb)) {
                listDrafts(s, verb, entries).forEach(out::add);
            }
        }
        return linkNamedLater(out);
    }

    /**
     * "The companies are A, B and C" after a measure whose sentence spoke of companies: the list names whom that
     * measure reached.
     */
    private boolean isNamedBefore(List<MeasureDraft> drafts, int s, int verb) {
        List<Word> words = ctx.words().get(s);
        if (verb > 3 || verb < 2 || !words.get(verb - 1).tag().startsWith("NNS")) {
            return false;
        }
        String noun = Lexicon.lower(words.get(verb - 1).lemma());
        return drafts.stream().filter(d -> d.sentence() < s && d.sentence() >= s - REACH)
                .anyMatch(d -> ctx.words().get(d.sentence()).stream().anyMatch(w -> !w.isCapitalized()
                        && w.tag().startsWith("NNS") && Lexicon.lower(w.lemma()).equals(noun)));
    }

    /** The drafts of a list, one for each kind of measure the measure before it took. */
    private List<MeasureDraft> listDrafts(int s, int verb, List<Entity> entries) {
        List<MeasureDraft> out = new ArrayList<>();
        for (MeasureType type : reading.typesBefore(s)) {
            listDraft(s, verb, new ArrayList<>(entries), type).ifPresent(out::add);
        }
        return out;
    }

    /** A draft for a measure list: the names the head gives ("UK sanctions") impose, else the lead will. */
    private Optional<MeasureDraft> listDraft(int s, int verb, List<Entity> entries, MeasureType type) {
        Evidence evidence = narration.evidence(s, Rule.MEASURE_NOMINAL);
        List<Entity> imposers = new ArrayList<>();
        List<Entity> announcers = new ArrayList<>();
        headActors(s, verb).forEach(r -> reading.sides().addActor(r, evidence, imposers, announcers));
        List<Group> groups = new ArrayList<>();
        Tree t = Tree.of(ctx.sentence(s));
        if (t.isParsed()) {
            MeasureTargets.Reach reach = reading.targets().read(s, t, entryHeads(t, verb), evidence);
            reach.named().forEach(e -> MeasureSides.addOnce(entries, e));
            groups.addAll(reach.groups());
        }
        if (entries.isEmpty() && groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureDraft(imposers, announcers, type, MeasureStatus.IMPOSED, reading.listDate(),
                entries, groups, evidence));
    }

    /** The phrases after a linking verb: its objects, or the subject an inverted "Among those ... are X" puts after. */
    private static List<Integer> entryHeads(Tree t, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(verb)) {
            if (c > verb && Set.of("dobj", "attr", "appos", "nsubj", "oprd").contains(t.relation(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The index of the verb that links a list's head to its entries, or -1. */
    private int listVerb(int s) {
        List<Word> words = ctx.words().get(s);
        for (int k = 1; k < words.size(); k++) {
            Word w = words.get(k);
            if (narration.isQuoted(w)) {
                return -1;
            }
            String lemma = Lexicon.lower(w.lemma());
            boolean verb = w.tag().startsWith("VB") || w.pos().equals("AUX")
                    || lemma.equals("list") && MEASURE_HEADS.contains(Lexicon.lower(words.get(k - 1).text()));
            boolean finite = !w.tag().equals("VBN") && !w.tag().equals("VBG");
            if (verb && finite && LIST_VERBS.contains(lemma) && !(lemma.equals("be") && isAuxiliary(words, k))) {
                return k;
            }
            if (verb && !isHeadVerb(w)) {
                return -1; // the sentence's own verb comes first: no list head
            }
        }
        return -1;
    }

    /** "who have been designated": the auxiliary of a participle, not the linking verb. */
    private static boolean isAuxiliary(List<Word> words, int k) {
        return k + 1 < words.size() && words.get(k + 1).tag().equals("VBN");
    }

    /** Verbs a list head may hold: "designated", "targeted", "facing", "now sanctioned", "have been". */
    private static boolean isHeadVerb(Word w) {
        String lemma = Lexicon.lower(w.lemma());
        return w.tag().equals("VBN") || w.tag().equals("VBG") || AUXILIARIES.contains(Lexicon.lower(w.text()))
                || MeasureWords.isDesignation(lemma);
    }

    private boolean isMeasureHead(int s, int verb) {
        List<Word> words = ctx.words().get(s);
        for (int k = 0; k < verb; k++) {
            String text = Lexicon.lower(words.get(k).text());
            String lemma = Lexicon.lower(words.get(k).lemma());
            if (MEASURE_HEADS.contains(text) || MeasureWords.isDesignation(lemma) && words.get(k).tag().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** The states or bodies a list head names as imposing: "UK sanctions", "Canada's designations". */
    private List<Resolved> headActors(int s, int verb) {
        List<Word> words = ctx.words().get(s);
        List<Resolved> out = new ArrayList<>();
        for (int k = 1; k < verb; k++) {
            if (!MEASURE_HEADS.contains(Lexicon.lower(words.get(k).text()))) {
                continue;
            }
            ctx.endingBefore(s, k).filter(r -> r.entity().type().isCollectiveActor())
                    .filter(r -> r.mention().kind() == org.newsgraph.link.NameKind.NAME).ifPresent(out::add);
        }
        return out;
    }

    /** The draft whose unnamed group a list with a plain group head names: "The five individuals are:". */
    private Optional<MeasureDraft> groupOf(List<MeasureDraft> drafts, int s, int verb) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            MeasureDraft d = drafts.get(i);
            if (d.sentence() < s && d.sentence() >= s - REACH && matchingGroup(d, s, verb).isPresent()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The group of a draft that a list head "the (N) NOUNS" stands for: same count, or the same noun. */
    private Optional<Group> matchingGroup(MeasureDraft d, int s, int verb) {
        List<Word> words = ctx.words().get(s);
        if (verb > 4 || isMeasureHead(s, verb)) {
            return Optional.empty();
        }
        Word noun = words.get(verb - 1);
        int count = verb >= 2 ? MeasureTargets.number(Lexicon.lower(words.get(verb - 2).text())) : 0;
        for (Group g : d.groups()) {
            Word groupNoun = ctx.words().get(g.sentence()).get(g.word());
            boolean sameNoun = Lexicon.lower(groupNoun.lemma()).equals(Lexicon.lower(noun.lemma()));
            boolean sameCount = count > 0 && count == g.count();
            if (g.members().isEmpty() && (sameCount || sameNoun && count == 0) && noun.tag().startsWith("NNS")) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * "Australia imposed sanctions on three Russian citizens ... A, B and C hold senior roles in X": a group is named
     * by the first later sentence that names as many new people as the group counts.
     */
    private List<MeasureDraft> linkNamedLater(List<MeasureDraft> drafts) {
        List<MeasureDraft> out = new ArrayList<>(drafts);
        for (MeasureDraft d : drafts) {
            for (Group g : d.groups()) {
                if (g.count() < 2 || !g.members().isEmpty()) {
                    continue;
                }
                for (int s = g.sentence() + 1; s <= g.sentence() + REACH && s < ctx.words().size(); s++) {
                    List<Entity> fresh = newPeople(s);
                    if (fresh.size() >= 2) {
                        if (fresh.size() == g.count()) {
                            MeasureDraft current = out.stream().filter(x -> x.evidence().equals(d.evidence())
                                    && x.groups().contains(g)).findFirst().orElse(d);
                            out.set(out.indexOf(current), current.withMembers(g, fresh));
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The people sentence {@code s} names that no earlier sentence does. */
    private List<Entity> newPeople(int s) {
        List<Entity> out = new ArrayList<>();
        for (Resolved r : ctx.mentions().get(s)) {
            boolean earlier = false;
            for (int p = 0; p < s && !earlier; p++) {
                earlier = ctx.mentions().get(p).stream()
                        .anyMatch(m -> m.entity().identity().equals(r.entity().identity()));
            }
            if (r.entity().type() == EntityType.PERSON && !earlier) {
                MeasureSides.addOnce(out, r.entity());
            }
        }
        return out;
    }
}
