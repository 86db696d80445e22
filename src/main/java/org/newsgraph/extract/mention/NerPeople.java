package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Rule;

/**
 * People the statistical tagger finds outside the knowledge base. Its PERSON spans are reliable about where a
 * name is but not about where it ends: they take in bullets, honorifics and titles ("• Hon Name"), possessive
 * endings and the next name of a list, and they stop inside names the tokenizer split ("Suk-" "yeol"). Each span
 * is cut at punctuation and known names, trimmed to its name words, glued over hyphens, and kept when at least
 * two name words remain; one word alone is left to the cues of {@link NameRunFinder}. The context that confirms
 * a name (a title, a first name, an apposition, a speech verb) names its rule; a span with none is still a name
 * by the tagger's word and shape.
 */
public final class NerPeople {
    /** Verbs of publishing whose "on" phrase names where: "wrote on X", "posted on X". */
    private static final Set<String> MEDIUM_VERBS = Set.of("write", "post", "tweet", "publish",
            "announce", "say", "share", "comment");
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "van", "von",
            "der", "da", "di", "du", "la", "le", "dos", "del", "abu", "ben", "ter", "den");
    private static final int MAX_WORDS = 6;
    /** Russian and other East Slavic patronymics: "-ovich", "-evich", "-ovna", "-evna", "-ichna". */
    private static final Pattern PATRONYMIC = Pattern.compile("(ovich|evich|ovna|evna|ichna)$");

    public List<Mention> find(int sentence, List<Word> words, boolean[] covered) {
        List<Mention> out = new ArrayList<>();
        for (NerSpans.Span span : NerSpans.of(words, "PERSON")) {
            int from = span.from();
            for (int i = span.from(); i <= span.to(); i++) {
                if (i == span.to() || separates(words, covered, i)) {
                    piece(sentence, words, covered, from, i).ifPresent(out::add);
                    from = i + 1;
                }
            }
        }
        return out;
    }

    private static Optional<Mention> piece(int sentence, List<Word> words, boolean[] covered, int from, int to) {
        int f = trimFront(words, from, to);
        int t = trimBack(words, f, to);
        if (t - f < 1) {
            return Optional.empty();
        }
        t = extendRight(words, covered, t);
        f = extendLeft(words, covered, f);
        if (!isNameShaped(words, f, t) || isQuoted(words, f, t) || NameRunFinder.isCredit(words, f, t)
                || NameRunFinder.isByline(words, f, t) || isMedium(words, f)) {
            return Optional.empty();
        }
        Rule confirmed = NameRunFinder.personRule(words, f, t);
        return Optional.of(NameRunFinder.mention(sentence, words, f, t, EntityType.PERSON,
                confirmed == null ? Rule.NER_PERSON : confirmed));
    }

    /** "wrote on X", "posted on X", "said in a post on X": a platform the words appeared on, no person. */
    private static boolean isMedium(List<Word> words, int from) {
        if (from < 2 || !words.get(from - 1).is("on")) {
            return false;
        }
        Word before = words.get(from - 2);
        return MEDIUM_VERBS.contains(Lexicon.lower(before.lemma())) || before.is("post") || before.is("posts");
    }

    /**
     * Punctuation other than a hyphen inside a word, a word the knowledge base already named, or a lower-case
     * word that is no name particle ("Lord Evans of Kendal" is a name and a place).
     */
    private static boolean separates(List<Word> words, boolean[] covered, int i) {
        Word w = words.get(i);
        boolean lowerWord = !w.isCapitalized() && Character.isLetter(w.text().codePointAt(0))
                && !PARTICLES.contains(w.text()) && !gluedPart(words, i);
        return covered[i] || w.isPunctuation() && !gluedHyphen(words, i) || w.isPossessive() || lowerWord;
    }

    private static boolean gluedHyphen(List<Word> words, int i) {
        return words.get(i).isHyphen() && i > 0 && i + 1 < words.size()
                && words.get(i - 1).end() == words.get(i).start() && words.get(i).end() == words.get(i + 1).start();
    }

    /** Drops what opens the span but names no one: bullets, forms of address, titles, sentence openers. */
    private static int trimFront(List<Word> words, int from, int to) {
        int f = from;
        while (f < to) {
            Word w = words.get(f);
            Optional<Titles.Title> title = Titles.startingAt(words, f);
            if (title.isPresent() && title.get().to() < to) {
                f = title.get().to();
            } else if (!w.isCapitalized() && !PARTICLES.contains(w.text()) || isAddressOrPrefix(w)
                    || Lexicon.NOT_NAMES.contains(w.text())) {
                f++;
            } else {
                return f;
            }
        }
        return f;
    }

    private static boolean isAddressOrPrefix(Word w) {
        String lower = Lexicon.lower(w.text());
        return Lexicon.FORMS_OF_ADDRESS.contains(lower) || Titles.TITLE_PREFIXES.contains(lower);
    }

    private static int trimBack(List<Word> words, int from, int to) {
        int t = to;
        while (t > from && (!words.get(t - 1).isCapitalized() && !gluedPart(words, t - 1)
                || Lexicon.NOT_NAMES.contains(words.get(t - 1).text()))) {
            t--;
        }
        return t;
    }

    /** "yeol" of "Suk-" "yeol", "hun" of "Song" "-" "hun": a lower-case part written against a hyphen. */
    private static boolean gluedPart(List<Word> words, int i) {
        return i > 0 && words.get(i - 1).end() == words.get(i).start()
                && (words.get(i - 1).text().endsWith("-") || words.get(i - 1).isHyphen());
    }

    /**
     * Takes in the parts of a hyphenated name the tagger left out, and capitalized proper nouns it did not tag
     * ("Gholam Hossein" then "Esmaili").
     */
    private static int extendRight(List<Word> words, boolean[] covered, int to) {
        int t = to;
        while (t < words.size() && !covered[t]) {
            if (gluedPart(words, t) && !words.get(t).isPossessive() && !words.get(t).isPunctuation()) {
                t++;
            } else if (gluedHyphen(words, t) && !covered[t + 1]) {
                t += 2;
            } else if (t - to < 2 && continuesName(words, t)) {
                t++;
            } else {
                return t;
            }
        }
        return t;
    }

    private static boolean continuesName(List<Word> words, int i) {
        Word w = words.get(i);
        return w.isCapitalized() && w.isProperNoun() && w.entity().equals("O") && !w.isPossessive()
                && !Lexicon.NOT_NAMES.contains(w.text()) && Titles.startingAt(words, i).isEmpty()
                && !OrgNames.isHead(w) && Character.isLetter(w.text().codePointAt(0));
    }

    /**
     * A given name the tagger left out before the span: a known first name, or any proper noun before a
     * patronymic ("Pavel" of "Pavel Sergeyevich Orlov").
     */
    private static int extendLeft(List<Word> words, boolean[] covered, int from) {
        if (from == 0 || covered[from - 1]) {
            return from;
        }
        Word before = words.get(from - 1);
        boolean givenName = Lexicon.isFirstName(before.text()) || PATRONYMIC.matcher(words.get(from).text()).find();
        boolean free = before.entity().equals("O") && before.isProperNoun() && before.isCapitalized()
                && Titles.startingAt(words, from - 1).isEmpty() && !Lexicon.NOT_NAMES.contains(before.text());
        return givenName && free ? from - 1 : from;
    }

    /** Two or more name words, none an organization's head word, a number or a title. */
    private static boolean isNameShaped(List<Word> words, int from, int to) {
        int nameWords = 0;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (OrgNames.isHead(w) || w.text().chars().anyMatch(Character::isDigit)
                    || Titles.startingAt(words, i).filter(t -> !t.isStyle()).isPresent() && w.isCapitalized()) {
                return false;
            }
            if (isFullWord(w) && !PARTICLES.contains(w.text())) {
                nameWords++;
            }
        }
        return nameWords >= 2 && to - from <= MAX_WORDS + 2;
    }

    /** Two letters or more and no initials: "S.C." and the "R-" of a senator's party are no name words. */
    private static boolean isFullWord(Word w) {
        long letters = w.text().codePoints().filter(Character::isLetter).count();
        return letters >= 2 && !w.text().matches("(\\p{Lu}\\.)+");
    }

    /** A quoted nickname ("the 'Butcher of Aleppo'") is no name to list. */
    private static boolean isQuoted(List<Word> words, int from, int to) {
        return from > 0 && to < words.size() && isQuote(words.get(from - 1)) && isQuote(words.get(to));
    }

    private static boolean isQuote(Word w) {
        return Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''").contains(w.text());
    }
}
