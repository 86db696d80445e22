package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Quotation;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Rule;
import org.newsgraph.model.Sentence;

/**
 * Direct quotations with their speakers: a person named beside a speech verb in the sentence of the quotation
 * ("...," Fidan said; said Fidan; Fidan said, "..."), or a pronoun subject of the verb resolved to the person it
 * points back to. A quotation continued over paragraphs, or a second one in the paragraph of an attributed one,
 * keeps the speaker of that attribution. Scare quotes (a
 * few words in marks with no speech verb beside them) are no quotation.
 */
public final class QuoteFinder {
    /** Quotations of this many words or fewer are scare quotes unless a speech verb follows at once. */
    private static final int SCARE_QUOTE_WORDS = 3;
    private static final Set<String> SPEECH_FORMS = Set.of("said", "says", "told", "added", "wrote", "stated",
            "noted", "explained", "remarked", "responded", "replied", "warned", "insisted", "argued", "declared",
            "stressed", "emphasized", "commented", "asked", "posted");

    /** A speaker and the rule that named them. */
    record Speaker(Entity person, Rule rule, int verbEnd) {
    }

    public List<Quote> find(ArticleContext ctx, Narration narration) {
        String text = ctx.document().article().text();
        List<Quote> out = new ArrayList<>();
        Speaker previous = null;
        int previousEnd = 0;
        for (Quotation q : Quotation.of(text)) {
            String between = text.substring(Math.min(previousEnd, q.start()), q.start());
            boolean sameParagraph = !between.contains("\n");
            int firstBreak = between.indexOf('\n');
            boolean nextParagraph = firstBreak >= 0 && between.substring(firstBreak).strip().matches("[\"\u201C]?");
            previousEnd = q.end();
            int first = sentenceAt(ctx, q.start());
            int last = sentenceAt(ctx, Math.max(q.start(), q.end() - 1));
            Optional<Speaker> speaker = attribution(ctx, narration, q, last).or(() -> first != last
                    ? attribution(ctx, narration, q, first) : Optional.empty());
            if (speaker.isEmpty() && (q.continues() || sameParagraph || nextParagraph) && previous != null) {
                speaker = Optional.of(previous);
            }
            previous = speaker.orElse(null);
            if (speaker.isEmpty() || isScareQuote(q, text, speaker.get())) {
                continue;
            }
            Evidence evidence = new Evidence(first, q.start(), q.end(), text.substring(q.start(), q.end()),
                    speaker.get().rule());
            out.add(new Quote(speaker.get().person(), q.text(text), about(ctx, q, first, last), evidence));
        }
        return out;
    }

    private static boolean isScareQuote(Quotation q, String text, Speaker speaker) {
        if (q.wordCount(text) > SCARE_QUOTE_WORDS) {
            return false;
        }
        return speaker.verbEnd() < q.end() || speaker.verbEnd() - q.end() > 24;
    }

    /** The speech verb nearest the quotation outside any quotation in sentence {@code s}, and its subject. */
    private static Optional<Speaker> attribution(ArticleContext ctx, Narration narration, Quotation q, int s) {
        List<Word> words = ctx.words().get(s);
        int best = -1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!narration.isQuoted(w) && isSpeechVerb(w)
                    && (best < 0 || distance(w, q) < distance(words.get(best), q))) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : subject(ctx, narration, s, best);
    }

    private static Optional<Speaker> subject(ArticleContext ctx, Narration narration, int s, int verb) {
        List<Word> words = ctx.words().get(s);
        int verbEnd = words.get(verb).end();
        Optional<Resolved> after = verb + 1 < words.size() ? ctx.at(s, verb + 1) : Optional.empty();
        boolean inverted = after.isPresent() && (after.get().mention().to() >= words.size()
                || words.get(after.get().mention().to()).isPunctuation());
        if (after.isPresent() && isPerson(after.get()) && inverted) {
            return Optional.of(new Speaker(after.get().entity(), Rule.QUOTE_ATTRIBUTED, verbEnd));
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 14); k--) {
            Word w = words.get(k);
            if (narration.isQuoted(w)) {
                break;
            }
            if (Narration.isPersonalPronoun(w)) {
                return narration.antecedent(s, k)
                        .map(r -> new Speaker(r.entity(), Rule.QUOTE_PRONOUN, verbEnd));
            }
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent() && isPerson(r.get()) && narration.canBeAntecedent(s, r.get())) {
                return Optional.of(new Speaker(r.get().entity(), Rule.QUOTE_ATTRIBUTED, verbEnd));
            }
        }
        return Optional.empty();
    }

    private static boolean isSpeechVerb(Word w) {
        String text = Lexicon.lower(w.text());
        boolean verbal = w.pos().startsWith("VERB") || !w.pos().equals("NOUN") && !w.pos().equals("PROPN");
        return SPEECH_FORMS.contains(text) || verbal && Lexicon.SPEECH_VERBS.contains(Lexicon.lower(w.lemma()))
                && !text.equals(Lexicon.lower(w.lemma()));
    }

    private static boolean isPerson(Resolved r) {
        return r.entity().type() == EntityType.PERSON;
    }

    private static int distance(Word w, Quotation q) {
        return w.start() >= q.end() ? w.start() - q.end() : Math.max(0, q.start() - w.end());
    }

    /** Countries and organizations named inside the quotation. */
    private static List<Entity> about(ArticleContext ctx, Quotation q, int first, int last) {
        Map<String, Entity> named = new LinkedHashMap<>();
        for (int s = first; s <= last; s++) {
            for (Resolved r : ctx.mentions().get(s)) {
                boolean inside = r.mention().start() >= q.start() && r.mention().end() <= q.end();
                if (inside && r.entity().type().isCollectiveActor()) {
                    named.putIfAbsent(r.entity().identity(), r.entity());
                }
            }
        }
        return List.copyOf(named.values());
    }

    public static int sentenceAt(ArticleContext ctx, int offset) {
        List<Sentence> sentences = ctx.document().sentences();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).start() <= offset) {
                return i;
            }
        }
        return 0;
    }
}
