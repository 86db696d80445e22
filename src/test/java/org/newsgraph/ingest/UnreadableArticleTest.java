package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.article;
import static org.newsgraph.ingest.Sources.failed;
import static org.newsgraph.ingest.Sources.items;
import static org.newsgraph.ingest.Sources.only;
import static org.newsgraph.ingest.Sources.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableArticleTest {
    @TempDir
    Path dir;

    @Test
    void read_emptyFile_isReportedWithItsPath() throws IOException {
        Path file = write(dir.resolve("empty.txt"), "");

        assertEquals(new SourceItem.Failed(file.toString(), "empty file"), only(items(dir)));
    }

    @Test
    void read_whitespaceOnly_isReportedAsSuch() throws IOException {
        Path file = write(dir.resolve("blank.txt"), " \n\t\r\n ");

        assertEquals(new SourceItem.Failed(file.toString(), "only whitespace"), only(items(dir)));
    }

    @Test
    void read_binaryFile_isReportedAsBinary() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;
        write(dir.resolve("image.txt"), bytes);

        SourceItem.Failed failed = failed(only(items(dir)));

        assertTrue(failed.reason().startsWith("binary"), failed.reason());
    }

    @Test
    void read_nulByteInOtherwiseGoodText_namesItsOffset() throws IOException {
        write(dir.resolve("nul.txt"), "Good text\0 and more".getBytes(StandardCharsets.UTF_8));

        assertEquals("binary: NUL byte at byte offset 9", failed(only(items(dir))).reason());
    }

    @Test
    void read_mostlyControlCharacters_isBinary() throws IOException {
        write(dir.resolve("controls.txt"), "ab\u0001\u0002\u0003\u0004\u0005\u0006cd");

        SourceItem.Failed failed = failed(only(items(dir)));

        assertTrue(failed.reason().startsWith("binary:"), failed.reason());
        assertTrue(failed.reason().contains("control characters"), failed.reason());
    }

    @Test
    void read_invalidUtf8_namesTheByteOffset() throws IOException {
        byte[] latin1 = "Café au lait".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write(dir.resolve("latin1.txt"), latin1);

        SourceItem.Failed failed = failed(only(items(dir)));

        assertEquals(file.toString(), failed.origin());
        assertEquals("not UTF-8: malformed byte sequence at byte offset 3", failed.reason());
    }

    @Test
    void read_truncatedUtf8AtEnd_isNotUtf8() throws IOException {
        byte[] good = "Straße".getBytes(StandardCharsets.UTF_8);
        write(dir.resolve("cut.txt"), Arrays.copyOf(good, 5));

        assertEquals("not UTF-8: malformed byte sequence at byte offset 4", failed(only(items(dir))).reason());
    }

    @Test
    void read_fileOverTheLimit_isRefusedWithBothSizes() throws IOException {
        write(dir.resolve("big.txt"), "x".repeat(101));
        write(dir.resolve("fits.txt"), "x".repeat(100));

        List<SourceItem> items = items(100, dir);

        assertEquals("larger than the limit of 100 bytes (101 bytes)", failed(items.get(0)).reason());
        assertEquals(100, article(items.get(1)).text().length());
    }

    @Test
    void read_leadingBom_isStrippedAndTheRestKept() throws IOException {
        write(dir.resolve("bom.txt"), "\uFEFFFirst line.\n\uFEFFstays inside.");

        assertEquals("First line.\n\uFEFFstays inside.", article(only(items(dir))).text());
    }

    @Test
    void read_onlyBom_isEmpty() throws IOException {
        write(dir.resolve("bom.txt"), "\uFEFF");

        assertEquals("empty text", failed(only(items(dir))).reason());
    }

    @Test
    void read_badFileAmongGoodOnes_failsAloneAndTheOthersAreRead() throws IOException {
        write(dir.resolve("a.txt"), "Alpha.");
        write(dir.resolve("b.txt"), "");
        write(dir.resolve("c.txt"), "Gamma.");

        List<SourceItem> items = items(dir);

        assertEquals(List.of("a", "c"), items.stream().filter(i -> i instanceof SourceItem.Read)
                .map(i -> article(i).id()).toList());
        assertEquals(dir.resolve("b.txt").toString(), failed(items.get(1)).origin());
    }
}
