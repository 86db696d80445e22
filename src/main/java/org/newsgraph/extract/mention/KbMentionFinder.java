package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.NameKind;
import org.newsgraph.link.NameMatch;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Rule;

/**
 * Finds knowledge-base names in a sentence, longest match first, and chooses a reading by context: a capital
 * after "in" or "to" is the city, elsewhere it stands for the government ("Moscow said"); a name marked ambiguous
 * ("Georgia", "Jordan") is kept only where it cannot be part of a person's name.
 */
public final class KbMentionFinder {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "inside",
            "into", "toward", "towards", "visit", "visited", "visiting", "via", "across", "around", "throughout");

    private final Gazetteer gazetteer;
    private final CountryBodies countryBodies;

    public KbMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.countryBodies = new CountryBodies(gazetteer);
    }

    public List<Mention> find(int sentence, List<Word> words) {
        List<String> texts = words.stream().map(Word::text).toList();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int listed = OrgNames.listEnd(words, i);
            if (listed > i) {
                i = listed; // "Foreign, Commonwealth and Development Office" is one name, not the Commonwealth
                continue;
            }
            Optional<NameMatch> match = gazetteer.longestMatch(texts, i);
            Optional<Mention> mention = match.filter(m -> !insideLongerOrganization(words, texts, m))
                    .flatMap(m -> choose(sentence, words, m));
            Optional<Mention> body = mention.flatMap(m -> countryBodies.after(m, words));
            if (body.isPresent()) {
                out.add(body.get());
                out.add(mention.get());
                i = body.get().to();
            } else if (mention.isPresent()) {
                Mention m = extendOrganization(mention.get(), words);
                out.add(m);
                addCountriesInside(m, sentence, words, texts, out);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private Optional<Mention> choose(int sentence, List<Word> words, NameMatch match) {
        if (!words.get(match.start()).isCapitalized() && !startsWithDigitOrPunct(words.get(match.start()))
                && !particleBeforeCapital(words, match)) {
            return Optional.empty();
        }
        boolean locative = match.start() > 0 && LOCATIVE.contains(Lexicon.lower(words.get(match.start() - 1).text()))
                || cityThenCountry(words, match);
        boolean insideName = partOfLongerName(words, match);
        NameMatch.Candidate best = null;
        for (NameMatch.Candidate c : match.candidates()) {
            if (acceptable(c, locative, insideName, words, match) && (best == null || better(c, best, locative))) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(mention(sentence, words, match.start(), match.end(), best));
    }

    /**
     * "Iran's Supreme National Security Council" is not the U.S. council whose alias it ends with: a known
     * organization name right after a capitalized word that is no known name itself is part of a longer name.
     */
    private boolean insideLongerOrganization(List<Word> words, List<String> texts, NameMatch m) {
        boolean organization = m.candidates().stream().allMatch(c -> c.entry().type() == EntityType.ORGANIZATION);
        if (!organization || m.start() < 2) {
            return false;
        }
        Word before = words.get(m.start() - 1);
        if (!before.isCapitalized() || before.isPossessive()) {
            return false;
        }
        for (int i = Math.max(0, m.start() - 4); i < m.start(); i++) {
            Optional<NameMatch> earlier = gazetteer.longestMatch(texts, i);
            if (earlier.isPresent() && earlier.get().end() == m.start()) {
                return false;
            }
        }
        return true;
    }

    /** "Lima, Peru", "BOGOTA, Colombia (Reuters)": a place named with its country is the city. */
    private static boolean cityThenCountry(List<Word> words, NameMatch match) {
        int after = match.end();
        return after + 1 < words.size() && words.get(after).text().equals(",") && words.get(after + 1).isCapitalized()
                && match.candidates().stream().anyMatch(c -> c.entry().type() == EntityType.PLACE);
    }

    /** "al-Shabaab", "el-Sisi": a lower-case Arabic article opens a name whose next word is capitalized. */
    private static boolean particleBeforeCapital(List<Word> words, NameMatch match) {
        String first = words.get(match.start()).text();
        int next = match.start() + 1;
        if (next < match.end() && words.get(next).isHyphen()) {
            next++;
        }
        return (first.equals("al") || first.equals("el")) && next < match.end() && words.get(next).isCapitalized();
    }

    private static boolean startsWithDigitOrPunct(Word w) {
        return !Character.isLetter(w.text().codePointAt(0));
    }

    private static boolean acceptable(NameMatch.Candidate c, boolean locative, boolean insideName, List<Word> words,
                                      NameMatch match) {
        if (c.ambiguous()) {
            return !insideName && (locative || possessiveFollows(words, match) || tagged(words, match, "GPE")
                    || c.kind() == NameKind.DEMONYM && tagged(words, match, "NORP"));
        }
        boolean singleWord = match.end() - match.start() == 1;
        if (c.entry().type() == EntityType.ORGANIZATION && singleWord) {
            return match.start() > 0 || words.get(0).isProperNoun();
        }
        return !(insideName && singleWord && c.entry().type() == EntityType.PLACE);
    }

    /** Prefers the city after a locative preposition, the government elsewhere, and people over places. */
    private static boolean better(NameMatch.Candidate c, NameMatch.Candidate best, boolean locative) {
        return rank(c, locative) > rank(best, locative);
    }

    private static int rank(NameMatch.Candidate c, boolean locative) {
        EntityType t = c.entry().type();
        if (t == EntityType.PERSON) {
            return 5;
        }
        if (t == EntityType.PLACE) {
            return locative ? 4 : 1;
        }
        if (t == EntityType.COUNTRY && c.kind() == NameKind.METONYM) {
            return locative ? 2 : 3;
        }
        return t == EntityType.COUNTRY ? 4 : 3;
    }

    /**
     * What the tagger reads an ambiguous name as: "Jordan" in a list of states a geopolitical entity (GPE), not a
     * given name; "American beef" a nationality (NORP), not the continent's.
     */
    private static boolean tagged(List<Word> words, NameMatch match, String label) {
        return words.subList(match.start(), match.end()).stream().allMatch(w -> NerSpans.tagged(w, label));
    }

    private static boolean possessiveFollows(List<Word> words, NameMatch match) {
        return match.end() < words.size() && words.get(match.end()).isPossessive();
    }

    /** A single knowledge-base word next to other capitalized words may be part of a name ("Jordan Bardella"). */
    private static boolean partOfLongerName(List<Word> words, NameMatch match) {
        boolean before = match.start() > 0 && isNameWord(words.get(match.start() - 1)) && match.start() - 1 > 0;
        boolean after = match.end() < words.size() && isNameWord(words.get(match.end()));
        return before || after;
    }

    private static boolean isNameWord(Word w) {
        return w.isCapitalized() && w.isProperNoun() && !Lexicon.NOT_NAMES.contains(w.text());
    }

    private static Mention mention(int sentence, List<Word> words, int from, int to, NameMatch.Candidate c) {
        Rule rule = switch (c.kind()) {
            case NAME -> Rule.KB_NAME;
            case DEMONYM -> Rule.KB_DEMONYM;
            case METONYM -> Rule.KB_METONYM;
        };
        EntityType type = c.entry().type();
        return new Mention(sentence, from, to, words.get(from).start(), words.get(to - 1).end(),
                join(words, from, to), type, c.entry(), c.kind(), rule);
    }

    /**
     * "ASEAN Regional Forum", "Expediency Council": a known name followed by capitalized words up to an
     * organization keyword is another organization, named by the whole run and not linked: the council is not
     * the newspaper whose name it opens with. After an acronym or the full name the run names the organization
     * or one of its bodies, which news and the knowledge base treat as the organization ("NATO Alliance",
     * "ASEAN Regional Forum").
     */
    private static Mention extendOrganization(Mention m, List<Word> words) {
        if (m.type() != EntityType.ORGANIZATION) {
            return m;
        }
        int end = m.to();
        while (end < words.size() && words.get(end).isCapitalized() && !words.get(end).isPossessive()
                && end - m.to() < 3) {
            end++;
            if (Lexicon.ORG_KEYWORDS.contains(words.get(end - 1).text())) {
                boolean described = m.text().equals(m.text().toUpperCase(Locale.ROOT))
                        || m.entry() != null && m.text().equals(m.entry().name());
                return new Mention(m.sentence(), m.from(), end, m.start(), words.get(end - 1).end(),
                        join(words, m.from(), end), m.type(), described ? m.entry() : null,
                        described ? m.kind() : NameKind.NAME, described ? m.rule() : Rule.ORG_KEYWORD);
            }
        }
        return m;
    }

    /** An organization's name may name its country too ("Russian Direct Investment Fund"): that is a mention. */
    private void addCountriesInside(Mention org, int sentence, List<Word> words, List<String> texts,
                                    List<Mention> out) {
        if (org.type() != EntityType.ORGANIZATION || org.to() - org.from() < 2) {
            return;
        }
        for (int i = org.from(); i < org.to(); i++) {
            Optional<NameMatch> inner = gazetteer.longestMatch(texts, i);
            if (inner.isPresent() && inner.get().end() <= org.to()) {
                for (NameMatch.Candidate c : inner.get().candidates()) {
                    if (c.entry().type() == EntityType.COUNTRY && !c.ambiguous()) {
                        out.add(mention(sentence, words, i, inner.get().end(), c));
                        break;
                    }
                }
            }
        }
    }

    static String join(List<Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (i > from && words.get(i - 1).end() < w.start()) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }
}
