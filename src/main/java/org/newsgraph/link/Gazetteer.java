package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Longest-match lookup of knowledge-base names over the words of a sentence. Matching is case-aware: a name
 * written in capitals ("US") matches only itself, so "us" is never the United States; other words also match
 * capitalized or upper-case variants, as headlines write them. Hyphens are ignored on both sides, so
 * "al-Saud" matches "Al Saud" and "Guinea-Bissau" matches "Guinea Bissau". Thread-safe once built.
 */
public final class Gazetteer {
    /** Name particles written in either case ("bin", "Al", "de"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "de", "van", "von", "der",
            "da", "di", "du", "la", "le", "dos", "das", "del", "of", "and", "the", "for");

    private final Node root = new Node();

    private Gazetteer() {
    }

    public static Gazetteer of(KnowledgeBase kb) {
        Gazetteer g = new Gazetteer();
        for (KbEntry e : kb.entries()) {
            g.add(e, e.name(), NameKind.NAME);
            e.aliases().forEach(a -> g.add(e, a, NameKind.NAME));
            e.demonyms().forEach(d -> g.add(e, d, NameKind.DEMONYM));
            e.metonyms().forEach(m -> g.add(e, m, NameKind.METONYM));
        }
        return g;
    }

    /** Splits a name into the words the matcher compares, dropping a leading "the" and every hyphen. */
    public static List<String> words(String name) {
        String spaced = name.replaceAll("(?<=\\p{L})[-\u2010\u2011\u2013](?=\\p{L})", " ")
                .replaceAll("(\\p{L})(['\u2019]s)\\b", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String w : spaced.strip().split("\\s+")) {
            if (!w.isEmpty() && !isHyphen(w)) {
                words.add(w);
            }
        }
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words;
    }

    /**
     * The longest name that starts at word {@code from}; hyphens among the words are skipped.
     * The match's end is the index after its last word.
     */
    public Optional<NameMatch> longestMatch(List<String> words, int from) {
        if (from >= words.size() || isHyphen(words.get(from))) {
            return Optional.empty();
        }
        Node node = root;
        List<String> matched = new ArrayList<>();
        NameMatch best = null;
        for (int i = from; i < words.size() && node != null; i++) {
            String w = words.get(i);
            if (isHyphen(w) && i > from) {
                continue;
            }
            node = node.next.get(key(w));
            matched.add(w);
            if (node != null && !node.names.isEmpty()) {
                List<NameMatch.Candidate> fitting = node.fitting(matched);
                if (!fitting.isEmpty()) {
                    best = new NameMatch(from, i + 1, fitting);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void add(KbEntry entry, String name, NameKind kind) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(key(w), k -> new Node());
        }
        boolean ambiguous = entry.ambiguous().contains(name);
        node.names.add(new Form(words, new NameMatch.Candidate(entry, kind, ambiguous)));
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("\u2010") || w.equals("\u2011") || w.equals("\u2013");
    }

    /** Whether a word of the text may stand for a word of a name. */
    static boolean caseFits(String nameWord, String textWord) {
        String n = nameWord.replace('\u2019', '\'');
        String t = textWord.replace('\u2019', '\'');
        if (n.equals(t)) {
            return true;
        }
        if (!n.equalsIgnoreCase(t)) {
            return false;
        }
        if (PARTICLES.contains(key(n))) {
            return true;
        }
        boolean nameIsAcronym = n.equals(n.toUpperCase(Locale.ROOT));
        boolean textHasCapital = !t.equals(t.toLowerCase(Locale.ROOT));
        return !nameIsAcronym && textHasCapital;
    }

    private record Form(List<String> words, NameMatch.Candidate candidate) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Form> names = new ArrayList<>();

        List<NameMatch.Candidate> fitting(List<String> textWords) {
            List<String> content = textWords.stream().filter(w -> !isHyphen(w)).toList();
            List<NameMatch.Candidate> out = new ArrayList<>();
            for (Form f : names) {
                if (f.words.size() == content.size() && allFit(f.words, content)
                        && out.stream().noneMatch(c -> c.entry() == f.candidate.entry())) {
                    out.add(f.candidate);
                }
            }
            return out;
        }

        private static boolean allFit(List<String> nameWords, List<String> textWords) {
            for (int i = 0; i < nameWords.size(); i++) {
                if (!caseFits(nameWords.get(i), textWords.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
