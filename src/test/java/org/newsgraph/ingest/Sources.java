package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.model.Article;

/** Helpers shared by the ingest tests: write files, read every item of some paths. */
final class Sources {
    private Sources() {
    }

    static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static List<SourceItem> items(long maxBytes, Path... paths) {
        try (Stream<SourceItem> items = ArticleSource.of(List.of(paths), maxBytes).items()) {
            return items.toList();
        }
    }

    static List<SourceItem> items(Path... paths) {
        return items(ArticleSource.DEFAULT_MAX_ARTICLE_BYTES, paths);
    }

    static SourceItem only(List<SourceItem> items) {
        if (items.size() != 1) {
            throw new AssertionError("expected one item, got " + items);
        }
        return items.get(0);
    }

    static Article article(SourceItem item) {
        return assertInstanceOf(SourceItem.Read.class, item, () -> "not read: " + item).article();
    }

    static SourceItem.Failed failed(SourceItem item) {
        return assertInstanceOf(SourceItem.Failed.class, item, () -> "not failed: " + item);
    }
}
