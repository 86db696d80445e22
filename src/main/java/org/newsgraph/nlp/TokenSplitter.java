package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Token;

/**
 * Splits the tokens OpenNLP keeps whole into the words the parser and the extractor read: a possessive ending
 * ("Russia" "'s") and the parts of a hyphenated or slashed word ("Jae" "-" "myung", "U.S." "-" "Russia"). The
 * parts keep the whole token's part of speech; the possessive is a particle and the dash punctuation.
 */
final class TokenSplitter {
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(['\u2019]s?)$");
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2013\u2014/]");

    private TokenSplitter() {
    }

    static List<Token> split(List<Token> tokens) {
        List<Token> words = new ArrayList<>(tokens.size() + 8);
        for (Token t : tokens) {
            split(t, words);
        }
        return words;
    }

    private static void split(Token t, List<Token> out) {
        String pos = t.pos().contains("+") ? t.pos().substring(0, t.pos().indexOf('+')) : t.pos();
        Matcher possessive = POSSESSIVE.matcher(t.text());
        if (t.text().length() > 2 && possessive.matches() && isPossessiveSuffix(t.text(), possessive)) {
            int cut = t.start() + possessive.group(1).length();
            splitDashes(possessive.group(1), t.start(), pos, out);
            out.add(Token.of(possessive.group(2), cut, t.end(), "PART", "'s"));
            return;
        }
        if (DASHES.matcher(t.text()).find()) {
            splitDashes(t.text(), t.start(), pos, out);
        } else {
            out.add(Token.of(t.text(), t.start(), t.end(), pos, t.lemma()));
        }
    }

    /** "Russia's" and "Modi's" are possessives; "Americans'" too, but not "O'Brien" or "Cote d'Ivoire". */
    private static boolean isPossessiveSuffix(String text, Matcher m) {
        String suffix = m.group(2);
        return suffix.length() == 2 || text.toLowerCase(Locale.ROOT).endsWith("s'") || text.endsWith("s\u2019");
    }

    private static void splitDashes(String text, int start, String pos, List<Token> out) {
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

    private static void addPart(String text, int from, int to, int offset, String pos, List<Token> out) {
        if (to > from) {
            String part = text.substring(from, to);
            out.add(Token.of(part, offset + from, offset + to, pos, part.toLowerCase(Locale.ROOT)));
        }
    }
}
