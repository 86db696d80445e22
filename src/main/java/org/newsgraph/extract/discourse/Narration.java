package org.newsgraph.extract.discourse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.date.DateFinder;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Quotation;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Position;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sentence;

/**
 * What the event finders need to know about an article beyond its mentions: which characters lie inside
 * quotation marks, which paragraph each sentence is in, the dates of each sentence with the anchor the narration
 * is at, the person a pronoun points back to and the country a person serves.
 */
public final class Narration {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("of", "with", "on", "against", "to", "for",
            "about", "from", "by");

    private static final java.util.regex.Pattern PAST_PERFECT = java.util.regex.Pattern.compile(
            "\\bhad(\\s+[a-z]+){1,2}\\s+$");
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile("\\bthat\\b");

    private final ArticleContext ctx;
    private final boolean[] quoted;
    private final int[] paragraph;
    private final List<List<DateMention>> dates = new ArrayList<>();
    private final List<PartialDate> anchors = new ArrayList<>();
    private final List<Integer> anchorSentence = new ArrayList<>();
    /** The last date stated, relative ones included: what a sentence of the same paragraph without one means. */
    private final List<PartialDate> localAnchors = new ArrayList<>();
    /** The day the lead tells of: the first day stated near publication outside background. */
    private PartialDate storyDay;
    private final List<Integer> localSentence = new ArrayList<>();
    private final Map<String, String> servedCountry = new HashMap<>();
    private final List<Position> positions;

    /** Reads an article's dates, quotations and paragraphs once; the positions are those the article states. */
    public Narration(ArticleContext ctx, List<Position> positions) {
        this.ctx = ctx;
        String text = ctx.document().article().text();
        this.quoted = Quotation.insideMarks(text);
        this.paragraph = paragraphs(ctx);
        readDates(ctx.document().article().published());
        this.positions = List.copyOf(positions);
        for (Position p : positions) {
            if (p.country() != null && p.country().isLinked()) {
                servedCountry.putIfAbsent(p.holder().identity(), p.country().wikidata());
            }
        }
    }

    private static int[] paragraphs(ArticleContext ctx) {
        String text = ctx.document().article().text();
        List<Sentence> sentences = ctx.document().sentences();
        int[] out = new int[sentences.size()];
        for (int i = 1; i < sentences.size(); i++) {
            String gap = text.substring(sentences.get(i - 1).end(), sentences.get(i).start());
            out[i] = out[i - 1] + (gap.contains("\n") ? 1 : 0);
        }
        return out;
    }

    /**
     * Two anchors: the last date stated (events in the same paragraph without a date of their own happened
     * then), and the story's present, the last stated day within a week of publication, which "the day before"
     * counts from; a date in background ("a proposal accepted on March 11") moves the first, not the second.
     */
    private void readDates(LocalDate published) {
        DateFinder finder = new DateFinder();
        PartialDate anchor = null;
        PartialDate present = null;
        PartialDate local = null;
        int anchorAt = -1;
        int localAt = -1;
        for (Sentence s : ctx.document().sentences()) {
            anchors.add(anchor);
            anchorSentence.add(anchorAt);
            localAnchors.add(local);
            localSentence.add(localAt);
            // "Two days later" counts from the last date stated when the story's present is not yet known, and
            // from the story's day when only weekdays were stated ("expelled on Monday ... hours later")
            PartialDate from = present != null ? present : anchor != null ? anchor : storyDay;
            List<DateMention> found = finder.find(s, published, from);
            dates.add(found);
            for (DateMention d : found) {
                if (!isBackground(d)) {
                    local = d.date();
                    localAt = s.index();
                    storyDay = storyDay == null && isPastDay(d.date(), published) ? d.date() : storyDay;
                }
                if (!d.relative() && !isBackground(d)) {
                    anchor = d.date();
                    anchorAt = s.index();
                    present = nearPublication(d.date(), published) ? d.date() : present;
                }
            }
        }
    }

    /** A day of the week up to publication: what the story tells as done, not as planned. */
    private static boolean isPastDay(PartialDate d, LocalDate published) {
        return nearPublication(d, published) && (published == null
                || !LocalDate.of(d.year(), d.month(), d.day()).isAfter(published));
    }

    /** Whether a day lies within a week of publication: the story's present. */
    public boolean nearPublication(PartialDate d) {
        return nearPublication(d, published());
    }

    private static boolean nearPublication(PartialDate d, LocalDate published) {
        if (d.precision() != PartialDate.Precision.DAY) {
            return false;
        }
        if (published == null) {
            return true;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(d.year(), d.month(), d.day()), published);
        return days >= -7 && days <= 7;
    }

    public boolean isQuoted(Word w) {
        return w.start() < quoted.length && quoted[w.start()];
    }

    public boolean sameParagraph(int a, int b) {
        return a >= 0 && b >= 0 && paragraph[a] == paragraph[b];
    }

    public List<DateMention> dates(int sentence) {
        return dates.get(sentence);
    }

    /**
     * The date of an event whose trigger is at article offset {@code at}: the date expression of its sentence
     * nearest to it, else the anchor when the anchor was stated in the same paragraph or {@code refersBack}.
     */
    public PartialDate dateOf(int sentence, int at, boolean refersBack) {
        return dateOf(sentence, at, refersBack, false);
    }

    /**
     * As {@link #dateOf(int, int, boolean)} for a single encounter, which a date after "since" never dates: "his
     * first visit since 2015" tells when the last one was.
     */
    public PartialDate encounterDateOf(int sentence, int at) {
        return dateOf(sentence, at, false, true);
    }

    private PartialDate dateOf(int sentence, int at, boolean refersBack, boolean skipSince) {
        DateMention best = null;
        String text = ctx.document().article().text();
        for (DateMention d : dates.get(sentence)) {
            if (skipSince && isSince(d)) {
                continue;
            }
            if (d.start() > at && isBackground(d)) {
                continue; // "then saw X, with whom he signed the deal they had agreed last month"
            }
            if (best == null || weigh(d, at, text) < weigh(best, at, text)) {
                best = d;
            }
        }
        if (best != null) {
            return best.date();
        }
        if (sameParagraph(localSentence.get(sentence), sentence)) {
            return localAnchors.get(sentence); // "got down to business on Monday. He began the morning with X"
        }
        return refersBack ? anchors.get(sentence) : null;
    }

    /** Distance from the event word; a date the clause of a speech verb holds ("said on Friday that") counts less. */
    private static int weigh(DateMention d, int at, String text) {
        int distance = Math.abs(d.start() - at);
        if (d.end() <= at && REPORTING.matcher(text.substring(d.end(), at)).find()) {
            return distance + 1000;
        }
        return distance;
    }

    /** A date of a past-perfect verb ("had agreed last month") dates the background, not the story. */
    public boolean isSince(DateMention d) {
        String text = ctx.document().article().text();
        String before = text.substring(Math.max(0, d.start() - 6), d.start());
        return Lexicon.lower(text.substring(d.start(), Math.min(text.length(), d.start() + 6))).startsWith("since ")
                || Lexicon.lower(before).endsWith("since ");
    }

    /** Whether a date belongs to a past-perfect clause ("had agreed last month"): background, not the story. */
    public boolean isBackground(DateMention d) {
        String text = ctx.document().article().text();
        return PAST_PERFECT.matcher(text.substring(Math.max(0, d.start() - 30), d.start())).find();
    }

    /**
     * The day the story's main events took place, as its lead states it: the day an encounter told in the simple
     * past without a date of its own most likely happened; null in an article that states none.
     */
    public PartialDate storyDay() {
        return storyDay;
    }

    /** True when the sentence states a date of its own. */
    public boolean hasDate(int sentence) {
        return !dates.get(sentence).isEmpty();
    }

    public LocalDate published() {
        return ctx.document().article().published();
    }

    private static boolean isSubjectPronoun(Word w) {
        return w.is("he") || w.is("she");
    }

    public static boolean isPersonalPronoun(Word w) {
        return PERSONAL_PRONOUNS.contains(Lexicon.lower(w.text()));
    }

    /**
     * The person a pronoun at word {@code index} points back to: in its own sentence the nearest person named
     * before it, else the first of the nearest sentence that names one (its subject, as a rule); never a person
     * inside a quotation or after a preposition or verb ("a letter to Modi", "praised Lula").
     */
    public Optional<Resolved> antecedent(int sentence, int index) {
        for (int s = sentence; s >= 0 && s >= sentence - 4; s--) {
            if (s < sentence && isSubjectPronoun(ctx.words().get(s).get(0))) {
                return antecedent(s, 0); // "He began with X, then saw Y. Later he met Z": the subject carries on
            }
            Resolved best = null;
            for (Resolved r : ctx.mentions().get(s)) {
                boolean before = s < sentence || r.mention().to() <= index;
                boolean better = best == null || (s == sentence) == (r.mention().from() > best.mention().from());
                if (before && r.entity().type() == EntityType.PERSON && canBeAntecedent(s, r) && better) {
                    best = r;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    public boolean canBeAntecedent(int s, Resolved r) {
        List<Word> words = ctx.words().get(s);
        int from = r.mention().from();
        if (isQuoted(words.get(from))) {
            return false;
        }
        List<Titles.Title> titles = Titles.chainBefore(words, from);
        int lead = titles.isEmpty() ? from : Titles.skipPrefixes(words, titles.get(0).from());
        return lead == 0 || !OBJECT_PREPOSITIONS.contains(Lexicon.lower(words.get(lead - 1).text()))
                && !words.get(lead - 1).pos().startsWith("VERB");
    }

    /**
     * The person the article gives an office for a country: "the foreign ministers of A and B" are A's and B's
     * foreign ministers when the article names them. {@code office} is the office's words in the singular.
     */
    public Optional<Entity> holderOf(Entity country, String office) {
        return positions.stream()
                .filter(p -> p.country() != null && p.country().identity().equals(country.identity()))
                .filter(p -> Lexicon.lower(p.title()).endsWith(office))
                .map(Position::holder).findFirst();
    }

    /**
     * A person of sentence {@code s} serving {@code country}: "The foreign ministers of A and B met. X and his
     * counterpart, Y, agreed" names the ministers one sentence after the meeting.
     */
    public Optional<Entity> servantIn(int s, Entity country) {
        if (s >= ctx.mentions().size() || !country.isLinked()) {
            return Optional.empty();
        }
        return ctx.mentions().get(s).stream()
                .filter(r -> r.entity().type() == EntityType.PERSON
                        && !isQuoted(ctx.words().get(s).get(r.mention().from())))
                .filter(r -> country.wikidata().equals(servedCountry.getOrDefault(r.entity().identity(),
                        ctx.countryOf(r).orElse(null))))
                .map(Resolved::entity).findFirst();
    }

    /** The country a person serves: their position's country, else the knowledge base's. */
    public Optional<Entity> countryServed(Resolved person, Evidence evidence) {
        String qid = servedCountry.get(person.entity().identity());
        if (qid == null) {
            qid = ctx.countryOf(person).orElse(null);
        }
        return ctx.entityOf(qid, evidence).filter(e -> e.type() == EntityType.COUNTRY);
    }

    /** The state a person serves, for a person known only as an entity (the speaker of a quotation). */
    public Optional<Entity> stateOf(Entity person, Evidence evidence) {
        for (List<Resolved> sentence : ctx.mentions()) {
            for (Resolved r : sentence) {
                if (r.entity().identity().equals(person.identity())) {
                    return stateOf(r, evidence);
                }
            }
        }
        return Optional.empty();
    }

    /** The state behind an actor: a country itself, or the country an organization or person belongs to. */
    public Optional<Entity> stateOf(Resolved actor, Evidence evidence) {
        if (actor.entity().type() == EntityType.COUNTRY) {
            return Optional.of(actor.entity());
        }
        return countryServed(actor, evidence);
    }

    /** The positions the article states, in text order. */
    public List<Position> positions() {
        return positions;
    }

    public Evidence evidence(int sentence, Rule rule) {
        return Evidence.of(ctx.sentence(sentence), rule);
    }
}
