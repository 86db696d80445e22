package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static LineReader reader(String text, int cap) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), cap);
    }

    private static String text(LineReader.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void next_linesWithCrlfAndNoFinalBreak_giveNumbersOffsetsAndBytes() throws IOException {
        try (LineReader lines = reader("ab\r\n\ncd", 100)) {
            LineReader.Line first = lines.next();
            LineReader.Line second = lines.next();
            LineReader.Line third = lines.next();

            assertEquals("ab", text(first));
            assertEquals(0, first.offset());
            assertEquals(2, second.number());
            assertArrayEquals(new byte[0], second.bytes());
            assertEquals("cd", text(third));
            assertEquals(5, third.offset());
            assertNull(lines.next());
        }
    }

    @Test
    void next_lineOverTheCap_isMarkedAndTheNextLineStillRead() throws IOException {
        try (LineReader lines = reader("x".repeat(200_000) + "\nshort\n", 10)) {
            LineReader.Line runaway = lines.next();
            LineReader.Line after = lines.next();

            assertTrue(runaway.tooLong());
            assertEquals("short", text(after));
            assertEquals(200_001, after.offset());
            assertEquals(2, after.number());
            assertNull(lines.next());
        }
    }
}
