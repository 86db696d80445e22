package org.newsgraph.extract.mention;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;

/**
 * The shape of organization names the knowledge base does not know: a capitalized run ending in a head word
 * ("Ruby Enterprise", "Jade Co.", "Pakistan Army"), or starting with one and continued by "of", "for" or "and"
 * ("Ministry of Foreign Affairs of Azerbaijan", "National League for Democracy"). Legal-form abbreviations keep
 * their full stop, and a parenthesized part before the legal form belongs to the name ("Cancri (Gems and
 * Jewellery) Co.").
 */
final class OrgNames {
    /** Words that end a company's name: legal forms and common trading words. */
    private static final Set<String> CORPORATE = Set.of("Co", "Co.", "Corp", "Corp.", "Inc", "Inc.", "Ltd",
            "Ltd.", "LLC", "PLC", "Plc", "GmbH", "Limited", "Enterprise", "Enterprises", "Holdings", "Industries",
            "Airways", "Motors", "Petroleum", "Electronics", "Technologies", "Shipping", "League", "Congress");
    private static final Set<String> ABBREVIATED = Set.of("Co", "Corp", "Inc", "Ltd", "Bros", "CO", "CORP", "INC",
            "LTD");
    private static final Set<String> LEGAL_FORMS = Set.of("co", "corp", "inc", "ltd", "llc", "plc", "gmbh", "llp",
            "jsc", "pjsc", "ojsc", "cjsc", "limited", "ag", "sa", "bv", "nv", "spa", "srl", "fze", "fzco", "pte");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&");
    private static final int MAX_PART = 4;
    /** What a "Foreign Ministry" is the ministry of, in the knowledge base's "Ministry of ..." form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("foreign", "Foreign Affairs"),
            Map.entry("defense", "Defense"), Map.entry("defence", "Defence"), Map.entry("interior", "Interior"),
            Map.entry("finance", "Finance"), Map.entry("commerce", "Commerce"), Map.entry("trade", "Trade"),
            Map.entry("economy", "Economy"), Map.entry("justice", "Justice"), Map.entry("health", "Health"),
            Map.entry("energy", "Energy"), Map.entry("education", "Education"),
            Map.entry("agriculture", "Agriculture"));

    private OrgNames() {
    }

    /** "Foreign Affairs" for "foreign", null for a word that names no ministry's field. */
    static String field(String word) {
        return FIELDS.get(Lexicon.lower(word));
    }

    /**
     * "Commerce Ministry" and "Ministry of Commerce" without a country are one name, written the knowledge
     * base's way, so the two forms of one article (and of several) make one organization.
     */
    static Optional<String> bareMinistry(List<Word> words, int from, int to) {
        if (to - from == 2 && words.get(from + 1).text().equals("Ministry") && field(words.get(from).text()) != null) {
            return Optional.of("Ministry of " + field(words.get(from).text()));
        }
        boolean ministryOf = to - from >= 3 && to - from <= 4 && words.get(from).text().equals("Ministry")
                && words.get(from + 1).text().equals("of");
        if (!ministryOf || words.subList(from + 2, to).stream().anyMatch(w -> !w.isCapitalized())) {
            return Optional.empty();
        }
        return Optional.of(KbMentionFinder.join(words, from, to));
    }

    static boolean isHead(Word w) {
        return Lexicon.ORG_KEYWORDS.contains(w.text()) || isCorporate(w);
    }

    static boolean isCorporate(Word w) {
        return CORPORATE.contains(w.text()) || isLegalForm(w);
    }

    /** "LLC", "Ltd.", "LTD", "Inc", "PLC", "GmbH", "JSC": the legal form of a company, in any case. */
    static boolean isLegalForm(Word w) {
        return LEGAL_FORMS.contains(Lexicon.lower(w.text()).replace(".", ""));
    }

    /**
     * Where an organization name that starts at {@code from} ends, or {@code from} when none does: capitalized
     * words up to the last head word among them, then "of"/"for"/"and" parts, then a legal form's full stop.
     */
    static int end(List<Word> words, int from) {
        int listed = listEnd(words, from);
        int run = parenthesizedLegalForm(words, listed > from ? listed : capitalizedTo(words, from));
        int afterComma = legalFormAfterComma(words, run);
        if (afterComma > run) {
            return afterComma;
        }
        int end = run;
        while (end > from && !isHead(words.get(end - 1))) {
            end--;
        }
        if (end == from) {
            return from;
        }
        for (int next = connectedPart(words, end); next > end; next = connectedPart(words, end)) {
            end = next;
        }
        return Math.max(withFullStop(words, end), legalFormAfterComma(words, withFullStop(words, end)));
    }

    /**
     * "Justice, Health and Transport Committee": capitalized parts joined by commas and a final "and",
     * the last ending in a head word, are one name. Returns where it ends, or {@code from}.
     */
    static int listEnd(List<Word> words, int from) {
        int end = capitalizedTo(words, from);
        boolean joined = false; // "Parliament and Expediency Council" are two names: a list needs a comma
        while (end > from && end + 2 < words.size()) {
            boolean serialComma = words.get(end).text().equals(",") && words.get(end + 1).is("and");
            String joint = serialComma ? "and" : words.get(end).text();
            int part = serialComma ? end + 2 : end + 1;
            int next = capitalizedTo(words, part);
            if (next == part || !joint.equals(",") && !joint.equals("and")) {
                return from;
            }
            joined |= joint.equals(",") || serialComma;
            end = next;
            if (joint.equals("and")) {
                return joined && isHead(words.get(end - 1)) ? end : from;
            }
        }
        return from;
    }

    /** "Orlan Freight, LLC", "Group Co., LTD": a legal form set off by a comma still ends the company's name. */
    private static int legalFormAfterComma(List<Word> words, int end) {
        boolean form = end + 1 < words.size() && words.get(end).text().equals(",") && isLegalForm(words.get(end + 1));
        return form ? withFullStop(words, end + 2) : end;
    }

    private static int capitalizedTo(List<Word> words, int from) {
        int end = from;
        while (end < words.size() && end - from < MAX_PART && isNamePart(words.get(end))
                && (end == from || Titles.startingAt(words, end).isEmpty())) {
            end++;
            if (end + 1 < words.size() && gluedHyphen(words, end) && isNamePart(words.get(end + 1))) {
                end += 2; // "Counter-Intelligence"
            }
        }
        return end;
    }

    private static boolean gluedHyphen(List<Word> words, int i) {
        return words.get(i).isHyphen() && words.get(i - 1).end() == words.get(i).start()
                && words.get(i).end() == words.get(i + 1).start();
    }

    private static boolean isNamePart(Word w) {
        return w.isCapitalized() && !w.isPossessive() && !Lexicon.NOT_NAMES.contains(w.text())
                && Character.isLetter(w.text().codePointAt(0));
    }

    /** "of Foreign Affairs", "for Democracy", "and Development", "of the Red Cross". */
    private static int connectedPart(List<Word> words, int end) {
        if (end + 1 >= words.size() || !CONNECTORS.contains(words.get(end).text())) {
            return end;
        }
        int start = end + 1;
        if (words.get(start).text().equals("the") && !words.get(end).text().equals("and")) {
            start++;
        }
        if (start >= words.size() || Lexicon.isFirstName(words.get(start).text())
                || Titles.startingAt(words, start).isPresent()) {
            return end;
        }
        int next = capitalizedTo(words, start);
        boolean anotherName = words.get(end).text().equals("and") || words.get(end).text().equals("&");
        if (anotherName && next > start && isHead(words.get(next - 1))) {
            return end; // "Tata Motors and Reliance Industries": two companies, each with its head word
        }
        return next == start ? end : next;
    }

    /** "Cancri (Gems and Jewellery) Co.": a parenthesized part followed by the legal form. */
    private static int parenthesizedLegalForm(List<Word> words, int end) {
        if (end >= words.size() || !words.get(end).text().equals("(")) {
            return end;
        }
        int i = end + 1;
        while (i < words.size() && i - end <= 2 * MAX_PART && (isNamePart(words.get(i))
                || CONNECTORS.contains(words.get(i).text()))) {
            i++;
        }
        boolean closed = i > end + 1 && i + 1 < words.size() && words.get(i).text().equals(")");
        return closed && isCorporate(words.get(i + 1)) ? i + 2 : end;
    }

    /** "Co" and "." are two words: the abbreviation keeps its stop. */
    static int withFullStop(List<Word> words, int end) {
        boolean abbreviated = ABBREVIATED.contains(words.get(end - 1).text());
        return abbreviated && end < words.size() && words.get(end).text().equals(".") ? end + 1 : end;
    }
}
