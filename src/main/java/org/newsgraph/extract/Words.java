package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Turns a sentence's tokens into words: possessives and hyphenated pairs split apart. */
final class Words {
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(['\u2019]s?)$");
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2013\u2014/]");

    private Words() {
    }

    static List<Word> of(Sentence sentence) {
        List<Word> words = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            split(t, words);
        }
        return words;
    }

    private static void split(Token t, List<Word> out) {
        String pos = t.pos().contains("+") ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
        Matcher possessive = POSSESSIVE.matcher(t.text());
        if (t.text().length() > 2 && possessive.matches() && isPossessiveSuffix(t.text(), possessive)) {
            int cut = t.start() + possessive.group(1).length();
            splitDashes(possessive.group(1), t.start(), pos, out);
            out.add(new Word(possessive.group(2), cut, t.end(), "PART", "'s"));
            return;
        }
        if (DASHES.matcher(t.text()).find()) {
            splitDashes(t.text(), t.start(), pos, out);
        } else {
            out.add(new Word(t.text(), t.start(), t.end(), pos, t.lemma()));
        }
    }

    /** "Russia's" and "Modi's" are possessives; "Americans'" too, but not "O'Brien" or "Cote d'Ivoire". */
    private static boolean isPossessiveSuffix(String text, Matcher m) {
        String suffix = m.group(2);
        return suffix.length() == 2 || text.toLowerCase(Locale.ROOT).endsWith("s'") || text.endsWith("s\u2019");
    }

    private static void splitDashes(String text, int start, String pos, List<Word> out) {
        Matcher m = DASHES.matcher(text);
        int from = 0;
        while (m.find()) {
            boolean between = m.start() > 0 && m.end() < text.length();
            // A trailing hyphen stays ("R-" of "R-S.C."); a trailing slash ends a credit's name ("Oliveira/").
            if (!between && text.length() > 1 && m.start() > 0 && !m.group().equals("/")) {
                continue;
            }
            addPart(text, from, m.start(), start, pos, out);
            addPart(text, m.start(), m.end(), start, "PUNCT", out);
            from = m.end();
        }
        addPart(text, from, text.length(), start, pos, out);
    }

    private static void addPart(String text, int from, int to, int offset, String pos, List<Word> out) {
        if (to > from) {
            String part = text.substring(from, to);
            out.add(new Word(part, offset + from, offset + to, pos, part.toLowerCase(Locale.ROOT)));
        }
    }
}
