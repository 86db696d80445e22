package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.text.Word;

/**
 * The statistical tagger's entity spans of one sentence, read from the BILOU tags of its words. A span the tagger
 * left unclosed (a B- or I- with no L-) ends where its type ends, so a broken tag sequence still yields the words.
 */
final class NerSpans {
    /** One tagged span: words {@code from} to {@code to} (exclusive) of entity type {@code type} (PERSON, ORG). */
    record Span(int from, int to, String type) {
    }

    private NerSpans() {
    }

    static List<Span> of(List<Word> words, String type) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= words.size(); i++) {
            String tag = i < words.size() ? words.get(i).entity() : "O";
            boolean sameType = tag.length() > 2 && tag.substring(2).equals(type);
            boolean opens = sameType && (tag.startsWith("B-") || tag.startsWith("U-"));
            if (start >= 0 && (!sameType || opens)) {
                out.add(new Span(start, i, type));
                start = -1;
            }
            if (sameType && start < 0) {
                start = i;
            }
            if (sameType && (tag.startsWith("L-") || tag.startsWith("U-"))) {
                out.add(new Span(start, i + 1, type));
                start = -1;
            }
        }
        return out;
    }

    /** Whether the word carries an entity tag of the type, at any place of its span. */
    static boolean tagged(Word w, String type) {
        return w.entity().length() > 2 && w.entity().substring(2).equals(type);
    }
}
