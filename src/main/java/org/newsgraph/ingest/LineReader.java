package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that each line is decoded strictly on its own and a runaway line
 * is skipped without ever being held whole in memory.
 */
final class LineReader implements Closeable {
    /** One line without its line break; {@code bytes} is null when the line was longer than the cap. */
    record Line(int number, long offset, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int cap;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int number;
    private long offset;

    LineReader(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long start = offset;
        boolean tooLong = false;
        while (position < limit || fill()) {
            byte b = buffer[position++];
            offset++;
            if (b == '\n') {
                return finish(start, line, tooLong);
            }
            if (line.size() < cap) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        return offset == start ? null : finish(start, line, tooLong);
    }

    private boolean fill() throws IOException {
        limit = Math.max(in.read(buffer), 0);
        position = 0;
        return limit > 0;
    }

    private Line finish(long start, ByteArrayOutputStream line, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, start, null);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, length - 1);
        }
        return new Line(number, start, bytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
