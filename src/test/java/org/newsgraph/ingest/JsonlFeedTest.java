package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.article;
import static org.newsgraph.ingest.Sources.failed;
import static org.newsgraph.ingest.Sources.items;
import static org.newsgraph.ingest.Sources.only;
import static org.newsgraph.ingest.Sources.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class JsonlFeedTest {
    @TempDir
    Path dir;

    private static String line(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void read_feedWithOneBrokenLine_readsTheGoodOnesAndFailsThatLine() throws IOException {
        Path feed = write(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://example.org/1\", \"title\": \"One\", \"published\":"
                        + " \"2024-01-02T10:00:00+01:00\", \"source\": \"Wire\", \"text\": \"First story.\"}",
                "{\"id\": \"a2\", \"text\": \"Second",
                line("a3", "Third story.")) + "\n");

        List<SourceItem> items = items(dir);

        assertEquals(3, items.size());
        assertEquals(new Article("a1", "First story.", "https://example.org/1", "One", LocalDate.of(2024, 1, 2),
                "Wire", feed + ":1"), article(items.get(0)));
        SourceItem.Failed broken = failed(items.get(1));
        assertEquals(feed + ":2", broken.origin());
        assertTrue(broken.reason().startsWith("malformed JSON"), broken.reason());
        assertEquals("a3", article(items.get(2)).id());
        assertEquals(feed + ":3", items.get(2).origin());
    }

    @Test
    void read_blankLinesAndCrlf_areSkippedButCounted() throws IOException {
        Path feed = write(dir.resolve("feed.jsonl"),
                "\uFEFF" + line("a", "A.") + "\r\n\r\n   \n" + line("b", "B.") + "\r\n");

        List<SourceItem> items = items(dir);

        assertEquals(List.of(feed + ":1", feed + ":4"), items.stream().map(SourceItem::origin).toList());
        assertEquals("A.", article(items.get(0)).text());
    }

    @Test
    void read_lineWithoutIdOrTextOrNotAnObject_isFailedWithItsLine() throws IOException {
        Path feed = write(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"text\": \"No id.\"}", "{\"id\": \"x\"}", "[1, 2]", "{\"id\": 5, \"text\": \"T\"}",
                "{\"id\": \"x\", \"text\": \"   \"}"));

        List<SourceItem> items = items(dir);

        assertEquals(List.of(
                new SourceItem.Failed(feed + ":1", "no \"id\" field"),
                new SourceItem.Failed(feed + ":2", "no \"text\" field"),
                new SourceItem.Failed(feed + ":3", "not a JSON object"),
                new SourceItem.Failed(feed + ":4", "field \"id\" is not a string"),
                new SourceItem.Failed(feed + ":5", "only whitespace")), items);
    }

    @Test
    void read_lineWithTextOverTheLimit_failsThatLineOnly() throws IOException {
        Path feed = write(dir.resolve("feed.jsonl"),
                line("big", "x".repeat(51)) + "\n" + line("small", "y".repeat(50)) + "\n");

        List<SourceItem> items = items(50, dir);

        assertEquals(new SourceItem.Failed(feed + ":1", "text larger than the limit of 50 bytes (51 bytes)"),
                items.get(0));
        assertEquals("small", article(items.get(1)).id());
    }

    @Test
    void read_lineNotUtf8_isFailedWithItsFileOffset() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((line("a", "A.") + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"b\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        Path feed = write(dir.resolve("feed.jsonl"), bytes.toByteArray());
        int offset = (line("a", "A.") + "\n{\"id\": \"b\", \"text\": \"Caf").length();

        List<SourceItem> items = items(dir);

        assertEquals(new SourceItem.Failed(feed + ":2", "not UTF-8: malformed byte sequence at byte offset "
                + offset), items.get(1));
    }

    @Test
    void read_badMetadataInLine_warnsWithTheLine() throws IOException {
        Path feed = write(dir.resolve("feed.jsonl"),
                "{\"id\": \"a\", \"text\": \"A.\", \"published\": \"soon\", \"title\": \"T\"}\n");

        SourceItem.Read read = (SourceItem.Read) only(items(dir));

        assertNull(read.article().published());
        assertEquals("T", read.article().title());
        assertTrue(read.warnings().get(0).startsWith(feed + ":1: "), read.warnings().toString());
    }

    @Test
    void read_emptyFeed_isFailed() throws IOException {
        Path feed = write(dir.resolve("feed.jsonl"), "\n\n");

        assertEquals(new SourceItem.Failed(feed.toString(), "empty file: no articles"), only(items(dir)));
    }

    @Test
    void read_escapedNul_isBinary() throws IOException {
        write(dir.resolve("feed.jsonl"), "{\"id\": \"a\", \"text\": \"A\\u0000B\"}");

        assertEquals("binary: NUL character at offset 1", failed(only(items(dir))).reason());
    }

    @Test
    void read_largeFeed_isReadLineByLine() throws IOException {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            feed.append(line("n" + i, "text " + i)).append('\n');
        }
        Path file = write(dir.resolve("feed.jsonl"), feed.toString());
        try (Stream<SourceItem> stream = ArticleSource.of(List.of(file), 1000).items()) {
            Iterator<SourceItem> items = stream.iterator();
            assertEquals("n0", article(items.next()).id());
            assertEquals("n1", article(items.next()).id());
        }
        assertEquals(500, items(file).size());
    }
}
