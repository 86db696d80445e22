package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys under which the knowledge base files a person's names, and under which a name from the text is looked
 * up. A key is the name without diacritics, case, punctuation or a leading form of address: "Dr Bùi Thanh Sơn"
 * and "Bui Thanh Son" share the key "bui thanh son"; a dash between letters stays, so "Kim Tok-hun" is two words. The shorter keys are the forms news shortens names to.
 */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`\u00b4]");
    /** A dash between two letters joins the parts of one name word ("Akufo-Addo", "Tok-hun"). */
    private static final Pattern JOINING_DASH = Pattern.compile("(?<=\\p{L})[-\u2010\u2011\u2012\u2013](?=\\p{L})");
    private static final Pattern NON_NAME = Pattern.compile("[^\\p{L}\\p{N}\u0001]+");
    /** Forms of address that open a name in stated names ("Dr", "H.E.") and in news ("Mr"); never part of it. */
    private static final Set<String> ADDRESS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "hon", "he", "prof", "professor", "rt", "honourable", "honorable");

    private NameKeys() {
    }

    /** The key of a whole name, or "" when nothing of a name is left. */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.replace("\u0131", "i")).replaceAll("").toLowerCase(Locale.ROOT);
        plain = JOINING_DASH.matcher(plain).replaceAll("\u0001");
        List<String> words = Arrays.stream(NON_NAME.matcher(plain).replaceAll(" ").strip().split(" "))
                .filter(w -> !w.isEmpty()).map(w -> w.replace('\u0001', '-')).toList();
        int from = 0;
        while (from < words.size() - 1 && ADDRESS.contains(words.get(from))) {
            from++;
        }
        return String.join(" ", words.subList(from, words.size()));
    }

    /** The last word of a key of two words or more ("son" of "bui thanh son"), else "". */
    public static String surname(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? "" : key.substring(space + 1);
    }

    /** The first word of a key. */
    public static String given(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** First and last word of a key of three words or more, the middle names dropped; else "". */
    public static String firstAndLast(String key) {
        String[] words = key.split(" ");
        return words.length < 3 ? "" : words[0] + " " + words[words.length - 1];
    }

    /** The key without spaces or joining dashes, for names written apart or together ("Mir Kazemi", "Mirkazemi"). */
    public static String compact(String key) {
        return key.replace(" ", "").replace("-", "");
    }
}
