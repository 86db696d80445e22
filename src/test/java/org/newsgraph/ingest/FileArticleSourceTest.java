package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.article;
import static org.newsgraph.ingest.Sources.failed;
import static org.newsgraph.ingest.Sources.items;
import static org.newsgraph.ingest.Sources.only;
import static org.newsgraph.ingest.Sources.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class FileArticleSourceTest {
    @TempDir
    Path dir;

    @Test
    void read_textWithoutSidecar_keepsTextAndHasNoMetadata() throws IOException {
        write(dir.resolve("plain.txt"), "Line one.\r\nLine two.\n");

        SourceItem.Read read = (SourceItem.Read) only(items(dir));

        Article article = read.article();
        assertEquals("plain", article.id());
        assertEquals("Line one.\r\nLine two.\n", article.text());
        assertNull(article.url());
        assertNull(article.title());
        assertNull(article.published());
        assertNull(article.source());
        assertEquals(dir.resolve("plain.txt").toString(), article.origin());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void read_textWithSidecar_takesItsMetadataAndIgnoresOtherFields() throws IOException {
        write(dir.resolve("story.txt"), "Ministers met on Monday.");
        write(dir.resolve("story.json"), "{\"url\": \"https://example.org/a\", \"title\": \"Talks\","
                + " \"published\": \"2024-03-05\", \"source\": \"Example News\", \"id\": \"other\", \"n\": 3}");

        SourceItem.Read read = (SourceItem.Read) only(items(dir));

        assertEquals(new Article("story", "Ministers met on Monday.", "https://example.org/a", "Talks",
                LocalDate.of(2024, 3, 5), "Example News", dir.resolve("story.txt").toString()), read.article());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void read_nestedFolders_giveRelativeIdsWithSlashesInSortedOrder() throws IOException {
        write(dir.resolve("b.txt"), "B");
        write(dir.resolve("a/z.txt"), "AZ");
        write(dir.resolve("a/deeper/x.txt"), "ADX");
        write(dir.resolve("a.txt"), "A");

        List<String> ids = items(dir).stream().map(item -> article(item).id()).toList();

        assertEquals(List.of("a/deeper/x", "a/z", "a", "b"), ids);
    }

    @Test
    void read_fileGivenDirectly_isIdentifiedByItsNameAlone() throws IOException {
        Path file = write(dir.resolve("sub/inner/note.txt"), "Text.");
        write(dir.resolve("sub/inner/note.json"), "{\"title\": \"Note\"}");

        Article article = article(only(items(file)));

        assertEquals("note", article.id());
        assertEquals("Note", article.title());
    }

    @Test
    void read_sidecarsGoldFilesAndOtherExtensions_areNotArticles() throws IOException {
        write(dir.resolve("one.txt"), "One.");
        write(dir.resolve("one.json"), "{}");
        write(dir.resolve("one.gold.json"), "{\"people\": []}");
        write(dir.resolve("lonely.json"), "{\"text\": \"no txt beside me\"}");
        write(dir.resolve("notes.md"), "# not an article");

        assertEquals(List.of("one"), items(dir).stream().map(item -> article(item).id()).toList());
        assertEquals(List.of(), items(dir.resolve("one.gold.json")));
    }

    @Test
    void read_severalPaths_keepsTheirOrderAndIsStableAcrossRuns() throws IOException {
        Path second = dir.resolve("second");
        Path first = dir.resolve("first");
        for (String name : List.of("m", "c", "x", "a", "k")) {
            write(second.resolve(name + ".txt"), name);
            write(first.resolve(name + ".txt"), name.toUpperCase());
        }

        List<String> texts = items(second, first).stream().map(item -> article(item).text()).toList();

        assertEquals(List.of("a", "c", "k", "m", "x", "A", "C", "K", "M", "X"), texts);
        assertEquals(texts, items(second, first).stream().map(item -> article(item).text()).toList());
    }

    @Test
    void read_missingPath_isFailedWithThatPath() throws IOException {
        Path missing = dir.resolve("nowhere");
        write(dir.resolve("here/ok.txt"), "Fine.");

        List<SourceItem> items = items(missing, dir.resolve("here"));

        assertEquals(2, items.size());
        assertEquals(new SourceItem.Failed(missing.toString(), "no such file or folder"), items.get(0));
        assertEquals("ok", article(items.get(1)).id());
    }

    @Test
    void read_folderWith2000Files_readsOnlyTheFilesAskedFor() throws IOException {
        for (int i = 0; i < 2000; i++) {
            write(dir.resolve(String.format("f%04d.txt", i)), "original " + i);
        }
        try (Stream<SourceItem> stream = ArticleSource.of(List.of(dir), 1000).items()) {
            Iterator<SourceItem> items = stream.iterator();
            assertEquals("original 0", article(items.next()).text());
            // had the rest been read ahead, the stream would still hand out their old text
            for (int i = 1; i < 2000; i++) {
                Files.writeString(dir.resolve(String.format("f%04d.txt", i)), "rewritten " + i);
            }
            int count = 1;
            while (items.hasNext()) {
                assertEquals("rewritten " + count, article(items.next()).text());
                count++;
            }
            assertEquals(2000, count);
        }
    }

    @Test
    void of_nonPositiveLimit_isRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleSource.of(List.of(dir), 0));
        assertTrue(e.getMessage().contains("was 0"), e.getMessage());
    }

    @Test
    void read_fileNamedOnlyByExtension_isFailedForLackOfAnId() throws IOException {
        write(dir.resolve(".txt"), "Text without a name.");

        SourceItem.Failed failed = failed(only(items(dir)));

        assertEquals(dir.resolve(".txt").toString(), failed.origin());
        assertTrue(failed.reason().contains("no article id"), failed.reason());
    }
}
