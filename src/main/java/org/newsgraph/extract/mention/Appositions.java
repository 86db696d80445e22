package org.newsgraph.extract.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;

/** Roles in apposition after a name: "Ana Ruiz, the central bank's chief economist,". */
public final class Appositions {
    private static final int WINDOW = 8;

    private Appositions() {
    }

    /** The role and where it lies, when the words after {@code to} are ", [the|X's] ... ROLE". */
    public static Optional<Titles.Title> roleAfter(List<Word> words, int to) {
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

    /**
     * The role before a name set off by a comma: "Somalia's president, Hassan Sheikh Mohamud", "Moscow's
     * ambassador in Vilnius, Alexei Isakov", "his Iranian counterpart, X". The role is a title, or a person noun
     * (counterpart, successor), then at most a short phrase without a verb or comma before the comma.
     */
    public static Optional<Titles.Title> roleBefore(List<Word> words, int from) {
        if (from < 2 || !words.get(from - 1).text().equals(",")) {
            return Optional.empty();
        }
        for (int end = from - 1; end >= Math.max(1, from - 1 - 4); end--) {
            Word last = words.get(end - 1);
            if (last.text().equals(",") || last.pos().equals("VERB") || last.pos().equals("AUX")) {
                return Optional.empty();
            }
            Optional<Titles.Title> title = Titles.endingAt(words, end);
            if (title.isPresent() && (end == from - 1 || words.get(end).pos().equals("ADP"))) {
                return title;
            }
            if (Lexicon.PERSON_NOUNS.contains(Lexicon.lower(last.text()))) {
                return Optional.of(new Titles.Title(end - 1, end, last.text()));
            }
        }
        return Optional.empty();
    }

    private static boolean plausibleStart(List<Word> words, int i) {
        Word w = words.get(i);
        if (Titles.TITLE_PREFIXES.contains(Lexicon.lower(w.text())) && i + 1 < words.size()) {
            return plausibleStart(words, i + 1);
        }
        return Lexicon.DETERMINERS.contains(Lexicon.lower(w.text())) || w.isCapitalized() || Titles.startingAt(words, i)
                .isPresent();
    }

    /** The role noun ends the apposition or takes a complement ("CEO of the fund", "adviser during"). */
    private static boolean endsRole(List<Word> words, int after) {
        if (after >= words.size()) {
            return true;
        }
        String next = Lexicon.lower(words.get(after).text());
        return Set.of(",", ".", "of", "for", "at", "in", "during", "and", "to", "on", ";", ")", "who", "whom", "under")
                .contains(next);
    }
}
