package org.newsgraph.ingest;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An {@code .html} page file: strict UTF-8 within the size limit, then read as {@link HtmlPage} does. */
final class HtmlFileReader {
    private final long maxBytes;

    HtmlFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    SourceItem read(Path file, String id) {
        String origin = file.toString();
        Document page;
        try {
            page = Jsoup.parse(ArticleBytes.readText(file, maxBytes));
        } catch (UnreadableException e) {
            return new SourceItem.Failed(origin, e.getMessage());
        }
        return HtmlPage.read(page, id, origin, Metadata.NONE);
    }
}
