package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Roles in apposition after a name: "Steven Cheung, the White House's communications director,". */
final class Appositions {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final int WINDOW = 8;

    private Appositions() {
    }

    /** The role and where it lies, when the words after {@code to} are ", [the|X's] ... ROLE". */
    static Optional<Titles.Title> roleAfter(List<Word> words, int to) {
        if (to >= words.size() - 1 || !words.get(to).text().equals(",")) {
            return Optional.empty();
        }
        int limit = Math.min(words.size(), to + 1 + WINDOW);
        for (int i = to + 1; i < limit; i++) {
            Word w = words.get(i);
            if (w.text().equals(",") || w.text().equals(".") || w.pos().equals("VERB") || w.pos().equals("AUX")) {
                return Optional.empty();
            }
            Optional<Titles.Title> title = Titles.startingAt(words, i);
            if (title.isPresent() && endsRole(words, title.get().to()) && plausibleStart(words, to + 1)) {
                return title;
            }
        }
        return Optional.empty();
    }

    private static boolean plausibleStart(List<Word> words, int i) {
        Word w = words.get(i);
        return DETERMINERS.contains(Lexicon.lower(w.text())) || w.isCapitalized() || Titles.startingAt(words, i)
                .isPresent();
    }

    /** The role noun ends the apposition or takes a complement ("CEO of the fund", "adviser during"). */
    private static boolean endsRole(List<Word> words, int after) {
        if (after >= words.size()) {
            return true;
        }
        String next = Lexicon.lower(words.get(after).text());
        return Set.of(",", ".", "of", "for", "at", "in", "during", "and", "to", "on", ";", ")", "who", "under")
                .contains(next);
    }
}
