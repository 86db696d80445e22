package org.newsgraph.link;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a title as news writes it ("Foreign Minister") names a position as Wikidata labels it. */
public final class OfficeTitles {
    /**
     * Words that name no office: "Minister of Foreign Affairs" is about foreign and minister, and a "former" or
     * "acting" minister held or holds the minister's office.
     */
    private static final Set<String> EMPTY = Set.of("of", "the", "and", "for", "to", "in", "on", "affairs", "a",
            "former", "acting", "then", "interim", "outgoing", "incoming", "new");

    private OfficeTitles() {
    }

    /**
     * Every word of the text's title is a word of the position's label: "Foreign Minister" fits "Minister of
     * Foreign Affairs" and "Vice President" fits "First Vice President of Iran"; "Prime Minister" does not fit
     * "Minister of Defence".
     */
    public static boolean fits(String title, String label) {
        Set<String> wanted = words(title);
        return !wanted.isEmpty() && words(label).containsAll(wanted);
    }

    private static Set<String> words(String s) {
        return Arrays.stream(NameKeys.key(s).split(" ")).filter(w -> !w.isEmpty() && !EMPTY.contains(w))
                .map(w -> w.equals("defense") ? "defence" : w).map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
