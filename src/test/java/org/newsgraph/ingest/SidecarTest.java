package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.items;
import static org.newsgraph.ingest.Sources.only;
import static org.newsgraph.ingest.Sources.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Article;

class SidecarTest {
    @TempDir
    Path dir;

    private SourceItem.Read readWithSidecar(String sidecar) throws IOException {
        write(dir.resolve("story.txt"), "The text.");
        write(dir.resolve("story.json"), sidecar);
        return (SourceItem.Read) only(items(dir));
    }

    @Test
    void read_malformedSidecar_warnsAndStoresTheArticleWithoutMetadata() throws IOException {
        SourceItem.Read read = readWithSidecar("{\"title\": \"Unclosed\", ");

        Article article = read.article();
        assertEquals("story", article.id());
        assertEquals("The text.", article.text());
        assertNull(article.title());
        assertNull(article.url());
        assertNull(article.published());
        assertNull(article.source());
        assertEquals(1, read.warnings().size());
        String warning = read.warnings().get(0);
        assertTrue(warning.contains(dir.resolve("story.json").toString()), warning);
        assertTrue(warning.contains("malformed JSON"), warning);
    }

    @Test
    void read_sidecarThatIsNotAnObject_warns() throws IOException {
        SourceItem.Read read = readWithSidecar("[\"a\", \"b\"]");

        assertNull(read.article().title());
        assertTrue(read.warnings().get(0).contains("not a JSON object"), read.warnings().toString());
    }

    @Test
    void read_sidecarWithTrailingGarbageOrComments_isMalformed() throws IOException {
        SourceItem.Read read = readWithSidecar("{\"title\": \"T\"} // trailing");

        assertNull(read.article().title());
        assertEquals(1, read.warnings().size());
    }

    @Test
    void read_sidecarWithBadDate_dropsOnlyTheDate() throws IOException {
        SourceItem.Read read = readWithSidecar("{\"url\": \"https://example.org/x\", \"title\": \"Kept\","
                + " \"published\": \"last Tuesday\", \"source\": \"Wire\"}");

        Article article = read.article();
        assertNull(article.published());
        assertEquals("https://example.org/x", article.url());
        assertEquals("Kept", article.title());
        assertEquals("Wire", article.source());
        assertEquals(1, read.warnings().size());
        String warning = read.warnings().get(0);
        assertTrue(warning.contains(dir.resolve("story.json").toString()), warning);
        assertTrue(warning.contains("published") && warning.contains("last Tuesday"), warning);
    }

    @Test
    void read_sidecarFieldOfWrongType_dropsOnlyThatField() throws IOException {
        SourceItem.Read read = readWithSidecar("{\"title\": 42, \"source\": \"Wire\", \"url\": null}");

        assertNull(read.article().title());
        assertEquals("Wire", read.article().source());
        assertEquals(1, read.warnings().size());
        assertTrue(read.warnings().get(0).contains("\"title\" is not a string"), read.warnings().get(0));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-07-10T09:30:00Z, 2025-07-10",
        "2025-07-10T23:30:00-05:00, 2025-07-10",
        "2025-07-10T00:15:00+09:00, 2025-07-10",
        "2025-07-10T09:30:00, 2025-07-10",
        "2025-07-10T09:30:00.123+02:00[Europe/Paris], 2025-07-10",
        "2025-07-10 09:30:00, 2025-07-10",
        "2025-07-10, 2025-07-10",
    })
    void read_publishedDateTime_keepsTheDayAsWritten(String published, String day) throws IOException {
        SourceItem.Read read = readWithSidecar("{\"published\": \"" + published + "\"}");

        assertEquals(LocalDate.parse(day), read.article().published());
        assertEquals(0, read.warnings().size(), read.warnings().toString());
    }

    @Test
    void read_sidecarWithBom_isRead() throws IOException {
        SourceItem.Read read = readWithSidecar("\uFEFF{\"title\": \"With BOM\"}");

        assertEquals("With BOM", read.article().title());
        assertEquals(0, read.warnings().size());
    }
}
