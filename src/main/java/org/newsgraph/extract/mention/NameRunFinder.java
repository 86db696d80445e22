package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Rule;

/**
 * Finds names that neither the knowledge base nor the tagger's person spans ({@link NerPeople}) gave: runs of
 * capitalized words, classified by what surrounds them. A run after a title or honorific, a run in apposition
 * to a role ("X, the bank's chief executive,") or before a speech verb ("X said") is a person; a run ending in
 * an organization keyword ("Ministry", "Fund") is an organization. Single capitalized words are kept as
 * candidate surnames for coreference. Runs in photo credits ("Name/Agency") are skipped: those are
 * photographers. (A known first name no longer makes a run a person: the tagger finds all such names.)
 */
public final class NameRunFinder {
    private static final Set<String> CLOSED_CLASSES = Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX",
            "PART", "PUNCT", "NUM", "SYM", "INTJ");
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "de", "van", "von", "der",
            "da", "di", "du", "la", "le", "dos", "del", "abu", "ben");

    /**
     * What one sentence gives: classified names, single words left for coreference, and weak candidates:
     * sentence-initial words the tagger did not call proper nouns ("Modi met ..." is often tagged a verb), which
     * may only join a person the article names elsewhere.
     */
    public record Found(List<Mention> names, List<Mention> candidates, List<Mention> weak) {
    }

    public Found find(int sentence, List<Word> words, boolean[] covered) {
        List<Mention> names = new ArrayList<>();
        List<Mention> candidates = new ArrayList<>();
        List<Mention> weak = new ArrayList<>();
        if (!words.isEmpty() && !covered[0] && runEnd(words, covered, 0) == 0 && couldBeName(words.get(0))) {
            weak.add(mention(sentence, words, 0, 1, EntityType.PERSON, Rule.COREFERENCE));
        }
        int i = 0;
        while (i < words.size()) {
            var title = Titles.startingAt(words, i);
            if (title.isPresent() && !opensOrganization(words, title.get())) {
                // A title is no name, nor is any word inside it ("State" in "Secretary of State").
                i = title.get().to();
                continue;
            }
            int organization = organizationEnd(words, covered, i);
            if (organization > i) {
                names.add(organization(sentence, words, i, organization));
                i = organization;
                continue;
            }
            int end = runEnd(words, covered, i);
            if (end == i) {
                i++;
                continue;
            }
            if (isCredit(words, i, end)) {
                credit(sentence, words, i, end, names);
            } else if (isByline(words, i, end)) {
                names.add(mention(sentence, words, i, end, EntityType.PERSON, Rule.BYLINE));
            } else {
                classify(sentence, words, i, end, names, candidates, weak);
            }
            i = end;
        }
        return new Found(names, candidates, weak);
    }

    /**
     * "Myanmar Imperial Jade Co.", "National League for Democracy", "Ministry of Foreign Affairs of Azerbaijan":
     * an organization's name in a sentence with a verb (a heading such as "World News" has none). Only a country
     * after "of" may already be a known name.
     */
    private static int organizationEnd(List<Word> words, boolean[] covered, int start) {
        boolean opens = Titles.startingAt(words, start).filter(t -> opensOrganization(words, t)).isPresent();
        if (covered[start] || !startsName(words, start) && !opens) {
            return start;
        }
        int end = OrgNames.end(words, start);
        List<Word> capitals = words.subList(start, end).stream().filter(Word::isCapitalized).toList();
        if (capitals.size() < 2 || !hasVerb(words) || capitals.stream().allMatch(OrgNames::isHead)) {
            return start; // "Group Co., LTD" alone: the distinctive part of the name is missing
        }
        String joint = "";
        for (int i = start; i < end; i++) {
            Word w = words.get(i);
            if (!w.isCapitalized() && !w.is("the")) {
                joint = w.text();
            }
            if (covered[i] && !joint.equals("of")) {
                return start; // "Ministry of Trade of the Republic of X": a country only after "of"
            }
        }
        return end;
    }

    /** "Sultan Holdings", "General Directorate": a title word right before an organization's head word. */
    private static boolean opensOrganization(List<Word> words, Titles.Title title) {
        return title.to() < words.size() && words.get(title.to()).isCapitalized()
                && OrgNames.isHead(words.get(title.to()));
    }

    private static Mention organization(int sentence, List<Word> words, int from, int to) {
        Mention m = mention(sentence, words, from, to, EntityType.ORGANIZATION, Rule.ORG_KEYWORD);
        return OrgNames.bareMinistry(words, from, to)
                .map(name -> m.withEntry(new KbEntry(null, EntityType.ORGANIZATION, name, List.of(), List.of(),
                        List.of(), List.of(), null, null, List.of()), Rule.ORG_KEYWORD))
                .orElse(m);
    }

    private static boolean hasVerb(List<Word> words) {
        return words.stream().anyMatch(w -> w.pos().equals("VERB") || w.pos().equals("AUX"));
    }

    private static boolean couldBeName(Word w) {
        return w.isCapitalized() && !CLOSED_CLASSES.contains(w.pos()) && !Lexicon.NOT_NAMES.contains(w.text())
                && Titles.startingAt(List.of(w), 0).isEmpty();
    }

    private static int runEnd(List<Word> words, boolean[] covered, int start) {
        if (covered[start] || !startsName(words, start)) {
            return start;
        }
        int end = start + 1;
        while (end < words.size() && !covered[end]) {
            Word w = words.get(end);
            if (continuesName(words, end)) {
                end++;
            } else if ((w.isHyphen() || PARTICLES.contains(Lexicon.lower(w.text()))) && end + 1 < words.size()
                    && !covered[end + 1] && continuesName(words, end + 1)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean startsName(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.isCapitalized() || Lexicon.NOT_NAMES.contains(w.text()) || Titles.startingAt(words, i).isPresent()
                || isAbbreviation(w) || Lexicon.HONORIFICS.contains(Lexicon.lower(w.text()))) {
            return false;
        }
        return w.isProperNoun() || i > 0 && freeCapital(words, i);
    }

    private static boolean continuesName(List<Word> words, int i) {
        Word w = words.get(i);
        return w.isCapitalized() && !w.isPossessive() && !Lexicon.NOT_NAMES.contains(w.text())
                && Titles.startingAt(words, i).filter(t -> !t.isStyle()).isEmpty()
                && (w.isProperNoun() || freeCapital(words, i));
    }

    /**
     * A capital inside a running sentence marks a name whatever the tagger says: it tags rare foreign names as
     * verbs, auxiliaries or pronouns. Headlines capitalize every word, so there only proper nouns count.
     */
    private static boolean freeCapital(List<Word> words, int i) {
        return !words.get(i).text().equals("I") && !afterQuoteOrColon(words, i) && !isHeadline(words);
    }

    static boolean isHeadline(List<Word> words) {
        long letters = words.stream().filter(w -> Character.isLetter(w.text().codePointAt(0))).count();
        long capitals = words.stream().filter(Word::isCapitalized).count();
        return letters >= 3 && capitals * 10 >= letters * 7;
    }

    /**
     * "R-S.C.", "D-Del.", "UK": party, state and other abbreviations are no names; a two-letter proper noun written
     * as a name ("Xi", "Wu", "Le") is one.
     */
    private static boolean isAbbreviation(Word w) {
        String text = w.text();
        boolean shortName = text.length() == 2 && Character.isLowerCase(text.charAt(1)) && w.isProperNoun();
        return text.length() <= 2 && !shortName || text.matches("(\\p{Lu}\\.)+\\p{Lu}?\\.?");
    }

    private static boolean afterQuoteOrColon(List<Word> words, int i) {
        String before = words.get(i - 1).text();
        return before.equals(":") || before.equals("\"") || before.equals("\u201c") || before.equals("(");
    }

    /** The photographer of a credit is a person; the agency after the slash is left to the knowledge base. */
    private static void credit(int sentence, List<Word> words, int from, int to, List<Mention> names) {
        boolean photographer = to < words.size() && words.get(to).text().equals("/") && to - from >= 2
                && Lexicon.isFirstName(words.get(from).text());
        if (photographer) {
            names.add(mention(sentence, words, from, to, EntityType.PERSON, Rule.CREDIT));
        }
    }

    /**
     * "By Jane Doe" or a line holding nothing but a full name (with a mail sign): a byline names the reporter.
     */
    static boolean isByline(List<Word> words, int from, int to) {
        boolean byFirst = from == 1 && words.get(0).text().equals("By");
        boolean alone = from == 0 && words.size() - to <= 1 && (to == words.size()
                || !Character.isLetterOrDigit(words.get(to).text().codePointAt(0)));
        return to - from >= 2 && to - from <= 4 && (byFirst || alone) && Lexicon.isFirstName(words.get(from).text());
    }

    /** "Evelyn Smith/Reuters" and "(Name/AP Photo)": a credit line names a photographer, not an actor. */
    static boolean isCredit(List<Word> words, int from, int to) {
        boolean slashAfter = to < words.size() && words.get(to).text().equals("/");
        boolean slashBefore = from > 0 && words.get(from - 1).text().equals("/");
        return slashAfter || slashBefore;
    }

    private void classify(int sentence, List<Word> words, int from, int to, List<Mention> names,
                          List<Mention> candidates, List<Mention> weak) {
        Rule personRule = headlineWithoutName(words, from, to) ? null : personRule(words, from, to);
        if (isOrganization(words, from, to)) {
            names.add(mention(sentence, words, from, to, EntityType.ORGANIZATION, Rule.ORG_KEYWORD));
        } else if (personRule != null && (to - from > 1 || personRule == Rule.TITLED_NAME
                && !titleAfterArticle(words, from) && !isPluralNoun(words.get(from)))) {
            names.add(mention(sentence, words, from, to, EntityType.PERSON, personRule));
        } else {
            // A word of a longer unknown name ("Rodríguez" of "Ana Lucía Rodríguez Pérez") is no surname standing
            // alone: it may join a person the article names, never a knowledge-base person by surname only.
            List<Mention> parts = to - from == 1 ? candidates : weak;
            for (int i = from; i < to; i++) {
                if (words.get(i).isCapitalized() && !words.get(i).isHyphen()) {
                    parts.add(mention(sentence, words, i, i + 1, EntityType.PERSON, Rule.COREFERENCE));
                }
            }
        }
    }

    /**
     * A headline capitalizes every word, so after a title there may stand a verb ("Minister Announces New
     * Measures"): there a run is a name only when the tagger tags it a person or it opens with a first name.
     */
    private static boolean headlineWithoutName(List<Word> words, int from, int to) {
        return isHeadline(words) && !Lexicon.isFirstName(words.get(from).text())
                && words.subList(from, to).stream().noneMatch(w -> NerSpans.tagged(w, "PERSON"));
    }

    /** "UN Member States": a word the lemmatizer reads as a plural noun ("States" of "state") names no one. */
    private static boolean isPluralNoun(Word w) {
        String lower = Lexicon.lower(w.text());
        return w.tag().equals("NNPS") || lower.endsWith("s") && (w.lemma() + "s").equals(lower);
    }

    /** "the General Staff", "the President Hotel": a lone word after "the" and a title names no person. */
    private static boolean titleAfterArticle(List<Word> words, int from) {
        return Titles.endingAt(words, from).map(t -> t.from() > 0 && words.get(t.from() - 1).is("the"))
                .orElse(false);
    }

    /** The rule that makes a run a person's name, or null. */
    static Rule personRule(List<Word> words, int from, int to) {
        if (from > 0 && (Titles.endingAt(words, from).isPresent()
                || Lexicon.HONORIFICS.contains(Lexicon.lower(words.get(from - 1).text())))) {
            return Rule.TITLED_NAME;
        }
        if (Appositions.roleAfter(words, to).isPresent() || Appositions.roleBefore(words, from).isPresent()) {
            return Rule.APPOSITION;
        }
        if (speechVerbAfter(words, to) || speechVerbBefore(words, from)) {
            return Rule.SPEECH_VERB;
        }
        return null;
    }

    private static boolean speechVerbAfter(List<Word> words, int to) {
        return to < words.size() && isSpeechVerb(words.get(to));
    }

    /** "..., said Ahmed Aboul Gheit" */
    private static boolean speechVerbBefore(List<Word> words, int from) {
        return from > 1 && isSpeechVerb(words.get(from - 1)) && words.get(from - 2).text().equals(",");
    }

    static boolean isSpeechVerb(Word w) {
        return (w.pos().equals("VERB")) && Lexicon.SPEECH_VERBS.contains(w.lemma());
    }

    /**
     * "Foreign Ministry", "Ministry of Foreign Affairs": two or more capitalized words with an organization
     * keyword at the end or the start, in a sentence with a verb (a heading such as "World News" has none).
     */
    private static boolean isOrganization(List<Word> words, int from, int to) {
        boolean keyword = Lexicon.ORG_KEYWORDS.contains(words.get(to - 1).text())
                || Lexicon.ORG_KEYWORDS.contains(words.get(from).text()) && !namesAPerson(words, from + 1, to);
        boolean hasVerb = words.stream().anyMatch(w -> w.pos().equals("VERB") || w.pos().equals("AUX"));
        return keyword && to - from >= 2 && hasVerb;
    }

    /** "Bank Governor Ana Ruiz": a title or a first name after the keyword starts a person, not more of a name. */
    private static boolean namesAPerson(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Titles.startingAt(words, i).isPresent() || Lexicon.isFirstName(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    static Mention mention(int sentence, List<Word> words, int from, int to, EntityType type, Rule rule) {
        return new Mention(sentence, from, to, words.get(from).start(), words.get(to - 1).end(),
                KbMentionFinder.join(words, from, to), type, null, NameKind.NAME, rule);
    }
}
