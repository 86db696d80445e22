package org.newsgraph.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds titles ("Foreign Minister", "Sen.", "national security adviser") next to names. */
public final class Titles {
    private static final Set<String> TITLE_SET = new HashSet<>(Lexicon.TITLES);
    private static final int LONGEST = 5;
    /** Words that may stand before a title without being part of it. */
    public static final Set<String> TITLE_PREFIXES = Set.of("former", "then", "acting", "outgoing", "incoming",
            "interim", "late", "new", "top");
    /** Royal and religious titles are part of how a person is named rather than an office held. */
    private static final Set<String> STYLES = Set.of("prince", "princess", "sheikh");

    /** Words that name a minister's portfolio. */
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "external", "home", "interior", "internal",
            "affairs", "defense", "defence", "finance", "trade", "economy", "economic", "energy", "health", "justice",
            "agriculture", "education", "environment", "labour", "labor", "transport", "culture", "industry",
            "commerce", "oil", "petroleum", "information", "security", "development", "planning", "tourism",
            "immigration", "mines", "mining", "water", "communications", "digital", "science", "technology",
            "sport", "youth", "family", "social", "housing", "public", "works", "treasury", "intelligence",
            "emergency", "climate", "international", "cooperation", "european", "state", "deputy",
            "prime", "chief", "cabinet", "war", "navy", "army", "veterans", "homeland", "national", "investment");

    private Titles() {
    }

    /** A title found in the words, with the words it covers. */
    public record Title(int from, int to, String text) {
        public boolean isStyle() {
            return STYLES.contains(Lexicon.lower(text));
        }
    }

    public static boolean isTitle(String text) {
        return TITLE_SET.contains(Lexicon.lower(text).replace("advisor", "adviser"))
                || Lexicon.TITLE_EXPANSIONS.containsValue(text);
    }

    /** The longest title that ends right before word {@code at}. */
    public static Optional<Title> endingAt(List<Word> words, int at) {
        if (isElectSuffix(words, at - 2)) {
            return endingAt(words, at - 2).map(t -> elect(t, at));
        }
        for (int k = Math.min(LONGEST, at); k >= 1; k--) {
            int from = at - k;
            if (words.get(from).isHyphen()) {
                continue;
            }
            String phrase = phrase(words, from, at);
            if (TITLE_SET.contains(phrase) || isPortfolioTitle(phrase)) {
                return Optional.of(new Title(from, at, display(words, from, at, phrase)));
            }
            String singular = phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
            if (k <= 3 && TITLE_SET.contains(singular) && !singular.equals(phrase)) {
                String shown = display(words, from, at, phrase);
                return Optional.of(new Title(from, at, shown.substring(0, shown.length() - 1)));
            }
        }
        return Optional.empty();
    }

    /** "External Affairs Minister", "Petroleum Minister", "Home Secretary": portfolio words and an office. */
    private static boolean isPortfolioTitle(String phrase) {
        String[] parts = phrase.split(" ");
        if (parts.length < 2 || !Set.of("minister", "secretary").contains(parts[parts.length - 1])) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!PORTFOLIOS.contains(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** The longest title that starts at word {@code at}. */
    public static Optional<Title> startingAt(List<Word> words, int at) {
        for (int k = Math.min(LONGEST, words.size() - at); k >= 1; k--) {
            String phrase = phrase(words, at, at + k);
            if (!words.get(at + k - 1).isHyphen() && (TITLE_SET.contains(phrase) || isPortfolioTitle(phrase))) {
                Title title = new Title(at, at + k, display(words, at, at + k, phrase));
                return Optional.of(isElectSuffix(words, at + k) ? elect(title, at + k + 2) : title);
            }
        }
        return Optional.empty();
    }

    /** "-elect" at word {@code at}: the office is won and not yet taken ("president-elect"). */
    private static boolean isElectSuffix(List<Word> words, int at) {
        return at >= 0 && at + 1 < words.size() && words.get(at).isHyphen() && words.get(at + 1).is("elect");
    }

    private static Title elect(Title office, int to) {
        return new Title(office.from(), to, office.text() + "-elect");
    }

    /** The chain of titles before a name, innermost last: "Foreign Minister" then "Prince". */
    public static List<Title> chainBefore(List<Word> words, int at) {
        java.util.ArrayList<Title> chain = new java.util.ArrayList<>();
        int end = at;
        while (end > 0 && (Lexicon.HONORIFICS.contains(Lexicon.lower(words.get(end - 1).text()))
                || words.get(end - 1).text().equals(".") && end > 1
                && Lexicon.HONORIFICS.contains(Lexicon.lower(words.get(end - 2).text())))) {
            end--;
        }
        Optional<Title> t;
        while ((t = endingAt(words, end)).isPresent()) {
            chain.add(0, t.get());
            end = skipPrefixes(words, t.get().from());
        }
        return chain;
    }

    /** Index before "former", "then-" and the like that precede a title. */
    public static int skipPrefixes(List<Word> words, int from) {
        int i = from;
        while (i > 0 && (TITLE_PREFIXES.contains(Lexicon.lower(words.get(i - 1).text())) || words.get(i - 1).isHyphen()
                && i > 1 && TITLE_PREFIXES.contains(Lexicon.lower(words.get(i - 2).text())))) {
            i--;
        }
        return i;
    }

    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (w.isHyphen()) {
                continue;
            }
            if (b.length() > 0 && !w.text().equals(".")) {
                b.append(' ');
            }
            b.append(Lexicon.lower(w.text()));
        }
        String p = b.toString();
        // One spelling in the list stands for both; the position keeps the text's own ("Senior Advisor").
        return p.replace("secretary general", "secretary-general").replace("advisor", "adviser");
    }

    /** The title as a position records it: abbreviations spelled out, the text's own wording otherwise. */
    private static String display(List<Word> words, int from, int to, String phrase) {
        String expanded = Lexicon.TITLE_EXPANSIONS.get(phrase);
        if (expanded != null) {
            return expanded;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (words.get(i).isHyphen()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(words.get(i).text());
        }
        return b.toString();
    }
}
