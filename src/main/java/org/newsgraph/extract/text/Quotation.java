package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in an article text: the spans between double quotation marks, straight or curly. A quotation that
 * a paragraph leaves open ends with the paragraph; news style reopens it on the next one, which then continues it.
 *
 * @param start     offset of the first character inside the marks
 * @param end       offset after the last character inside the marks
 * @param continues true when the previous paragraph ended inside a quotation and this one picks it up
 */
public record Quotation(int start, int end, boolean continues) {

    /** The quotations of the text, in order. */
    public static List<Quotation> of(String text) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        boolean leftOpen = false;
        boolean continuing = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    add(out, text, open, i, continuing);
                    open = -1;
                    leftOpen = true;
                } else if (i > 0 && text.charAt(i - 1) != '\n') {
                    leftOpen = false;
                }
                continue;
            }
            boolean opening = c == '\u201C' || c == '"' && open < 0;
            boolean closing = c == '\u201D' || c == '"' && open >= 0;
            if (opening && open < 0) {
                open = i + 1;
                continuing = leftOpen && startsParagraph(text, i);
            } else if (closing && open >= 0) {
                add(out, text, open, i, continuing);
                open = -1;
                leftOpen = false;
            }
        }
        if (open >= 0) {
            add(out, text, open, text.length(), continuing);
        }
        return out;
    }

    /** For each character of the text, whether it lies inside a quotation (the marks included). */
    public static boolean[] insideMarks(String text) {
        boolean[] inside = new boolean[text.length()];
        for (Quotation q : of(text)) {
            for (int i = Math.max(0, q.start - 1); i < Math.min(text.length(), q.end + 1); i++) {
                inside[i] = true;
            }
        }
        return inside;
    }

    public String text(String article) {
        return article.substring(start, end).strip();
    }

    public int wordCount(String article) {
        String t = text(article);
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean startsParagraph(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private static void add(List<Quotation> out, String text, int start, int end, boolean continues) {
        if (end > start && !text.substring(start, end).isBlank()) {
            out.add(new Quotation(start, end, continues));
        }
    }
}
