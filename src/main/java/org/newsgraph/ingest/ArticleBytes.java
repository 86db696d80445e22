package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file within the size limit and decodes it strictly as UTF-8, naming the first problem found. */
final class ArticleBytes {
    /** Java arrays stop a little short of Integer.MAX_VALUE, so no single file can be read past this. */
    static final long MAX_READABLE = Integer.MAX_VALUE - 8;

    private static final char BOM = '\uFEFF';

    private ArticleBytes() {
    }

    /** The text of an article file: within the limit, not binary, UTF-8, without BOM, not blank. */
    static String readText(Path file, long maxBytes) throws UnreadableException {
        byte[] bytes = read(file, maxBytes);
        if (bytes.length == 0) {
            throw new UnreadableException("empty file");
        }
        requireNoNul(bytes);
        String text = stripBom(decode(bytes, 0));
        TextChecks.requireArticleText(text);
        return text;
    }

    /** The bytes of a file, refusing before reading one whose size is over the limit. */
    static byte[] read(Path file, long maxBytes) throws UnreadableException {
        long limit = Math.min(maxBytes, MAX_READABLE);
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new UnreadableException(TextChecks.tooLarge(size, limit));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // the file may have grown since its size was taken: never read more than the limit
                byte[] bytes = in.readNBytes((int) limit + 1);
                if (bytes.length > limit) {
                    throw new UnreadableException(TextChecks.tooLarge(bytes.length, limit));
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new UnreadableException("unreadable: " + describe(e));
        }
    }

    /**
     * Decodes UTF-8, refusing malformed input; {@code baseOffset} is added to the offset in the message, so that
     * a line of a feed can be reported at its offset in the file.
     */
    static String decode(byte[] bytes, long baseOffset) throws UnreadableException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more chars than bytes, so the buffer cannot overflow
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableException("not UTF-8: malformed byte sequence at byte offset "
                    + (baseOffset + in.position()));
        }
        return out.flip().toString();
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Checked on the bytes, before decoding, so that a binary file is called binary rather than "not UTF-8". */
    static void requireNoNul(byte[] bytes) throws UnreadableException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException("binary: NUL byte at byte offset " + i);
            }
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
