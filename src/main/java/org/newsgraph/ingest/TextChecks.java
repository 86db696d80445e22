package org.newsgraph.ingest;

/** The checks every article text passes, whether it came from a whole file or from one line of a feed. */
final class TextChecks {
    /** Real prose has almost no control characters; past this share the "text" is data of some other kind. */
    private static final double MAX_CONTROL_SHARE = 0.1;

    private TextChecks() {
    }

    static void requireArticleText(String text) throws UnreadableException {
        if (text.isEmpty()) {
            throw new UnreadableException("empty text");
        }
        if (text.isBlank()) {
            throw new UnreadableException("only whitespace");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new UnreadableException("binary: NUL character at offset " + i);
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > text.length() * MAX_CONTROL_SHARE) {
            throw new UnreadableException(
                    "binary: " + (100L * controls / text.length()) + "% of the characters are control characters");
        }
    }

    static String tooLarge(long size, long limit) {
        return "larger than the limit of " + limit + " bytes (" + size + " bytes)";
    }

    /** The UTF-8 size of a text, counted without encoding it. */
    static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
