package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code .txt} article, kept exactly as written (less a BOM), with the metadata of its sidecar if any. */
final class TextFileReader {
    private final long maxBytes;

    TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    SourceItem read(Path file, String id) {
        String origin = file.toString();
        String text;
        try {
            text = ArticleBytes.readText(file, maxBytes);
        } catch (UnreadableException e) {
            return new SourceItem.Failed(origin, e.getMessage());
        }
        List<String> warnings = new ArrayList<>();
        Metadata metadata = Sidecar.read(file, maxBytes, warnings);
        return new SourceItem.Read(metadata.toArticle(id, text, origin), warnings);
    }
}
