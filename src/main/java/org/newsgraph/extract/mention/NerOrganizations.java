package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Rule;

/**
 * Organizations the statistical tagger finds outside the knowledge base, kept only where the sentence says what
 * they are: its ORG tags alone are too noisy (job titles and programmes come out as ORG). A span is an
 * organization when an apposition calls it one ("A7, a company with ..."), when an organization noun stands
 * right before it ("the entity Orlan Freight, LLC"), when it is "X-based", when it carries a legal form, or when it is
 * listed with one of those ("Garden Hotel, Lotus Resort and ..."). A span the tagger took for a person is an
 * organization under the same cues ("Orlan Freight, a cargo airline").
 */
public final class NerOrganizations {
    /** Nouns that say what kind of organization a name is; the general vocabulary of business and politics. */
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "entity", "corporation", "conglomerate",
            "group", "business", "enterprise", "manufacturer", "producer", "supplier", "exporter", "importer",
            "distributor", "trader", "airline", "carrier", "bank", "lender", "insurer", "newspaper", "daily",
            "broadcaster", "outlet", "agency", "party", "militia", "organization", "organisation", "movement",
            "subsidiary", "affiliate", "foundation", "charity", "institute", "university", "hotel", "resort",
            "casino", "refinery", "shipyard", "operator", "developer", "contractor", "fund", "exchange",
            "syndicate", "cartel", "gang", "network", "publisher", "channel", "holding", "factory", "plant");
    private static final Set<String> TAGS = Set.of("ORG", "PERSON");
    private static final int APPOSITION_REACH = 6;

    public List<Mention> find(int sentence, List<Word> words, boolean[] covered) {
        List<int[]> spans = new ArrayList<>();
        for (String type : TAGS) {
            for (NerSpans.Span s : NerSpans.of(words, type)) {
                int[] span = trim(words, covered, s.from(), s.to());
                if (span[1] > span[0]) {
                    spans.add(span);
                }
            }
        }
        List<int[]> confirmed = new ArrayList<>();
        for (int[] s : spans) {
            if (described(words, s[0], s[1])) {
                confirmed.add(s);
            }
        }
        for (int[] s : spans) {
            if (!confirmed.contains(s) && listedWith(words, s, confirmed)) {
                confirmed.add(s);
            }
        }
        return confirmed.stream().map(s -> NameRunFinder.mention(sentence, words, s[0], s[1],
                EntityType.ORGANIZATION, Rule.NER_ORG)).toList();
    }

    /** The span without a leading article or bullet and a trailing possessive; empty when a known name is in it. */
    private static int[] trim(List<Word> words, boolean[] covered, int from, int to) {
        int f = from;
        int t = to;
        while (f < t && (words.get(f).isPunctuation() || words.get(f).is("the"))) {
            f++;
        }
        while (t > f && (words.get(t - 1).isPunctuation() || words.get(t - 1).isPossessive())) {
            if (words.get(t - 1).text().chars().anyMatch(Character::isLetter)) {
                return new int[] {f, f}; // a name the tokenizer broke inside a word ("L.Y" ".P")
            }
            t--;
        }
        for (int i = f; i < t; i++) {
            if (covered[i]) {
                return new int[] {f, f};
            }
        }
        if (words.subList(f, t).stream().allMatch(w -> OrgNames.isHead(w) || w.isPunctuation())) {
            return new int[] {f, f}; // "Group Co., LTD" alone: the distinctive part of the name is missing
        }
        boolean capitalized = f < t && (words.get(f).isCapitalized() || Character.isDigit(words.get(f).text()
                .codePointAt(0)) && words.get(f).text().chars().anyMatch(Character::isLetter));
        return capitalized ? new int[] {f, OrgNames.withFullStop(words, t)} : new int[] {f, f};
    }

    private static boolean described(List<Word> words, int from, int to) {
        boolean legalForm = false;
        for (int i = from + 1; i < to; i++) {
            legalForm |= OrgNames.isLegalForm(words.get(i)) && !(i + 1 < to && words.get(i + 1).isHyphen());
        }
        boolean nounBefore = from > 0 && isOrgNoun(words.get(from - 1));
        boolean based = from > 1 && words.get(from - 1).is("based") && words.get(from - 2).isHyphen();
        return legalForm || nounBefore || based || appositionNoun(words, to);
    }

    /** ", a Russian cargo airline": the last noun of a short phrase set off by a comma names the kind. */
    private static boolean appositionNoun(List<Word> words, int to) {
        if (to + 1 >= words.size() || !words.get(to).text().equals(",")) {
            return false;
        }
        int i = to + 1;
        if (Lexicon.DETERMINERS.contains(Lexicon.lower(words.get(i).text()))) {
            i++;
        }
        int lastNoun = -1;
        for (; i < words.size() && i <= to + APPOSITION_REACH; i++) {
            Word w = words.get(i);
            String pos = w.pos();
            if (pos.equals("NOUN") || pos.equals("PROPN")) {
                lastNoun = i;
            } else if (w.isPossessive()) {
                lastNoun = -1; // ", the agency's chief negotiator": the owner, not the kind
            } else if (!pos.equals("ADJ") && !w.isHyphen() && !pos.equals("NUM") && !w.tag().startsWith("VBN")) {
                break;
            }
        }
        return lastNoun > 0 && isOrgNoun(words.get(lastNoun)) && !(lastNoun + 1 < words.size()
                && words.get(lastNoun + 1).is("of"));
    }

    private static boolean isOrgNoun(Word w) {
        return !w.isCapitalized() && ORG_NOUNS.contains(Lexicon.lower(w.lemma()));
    }

    /** A span joined by "and" or a comma to a confirmed organization, in the tree or next to it in the text. */
    private static boolean listedWith(List<Word> words, int[] span, List<int[]> confirmed) {
        for (int[] c : confirmed) {
            boolean before = c[1] < span[0] && joinedBy(words, c[1], span[0]);
            boolean after = span[1] < c[0] && joinedBy(words, span[1], c[0]);
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** Only a comma, "and", or both lie between the two spans. */
    private static boolean joinedBy(List<Word> words, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!words.get(i).text().equals(",") && !words.get(i).is("and")) {
                return false;
            }
        }
        return true;
    }
}
