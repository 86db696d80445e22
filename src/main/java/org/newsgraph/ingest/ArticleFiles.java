package org.newsgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Which files are articles, and the reader each format needs. */
final class ArticleFiles {
    enum Format { TEXT, FEED, HTML, WARC, NONE }

    private final long maxBytes;
    private final TextFileReader text;
    private final HtmlFileReader html;

    ArticleFiles(long maxBytes) {
        this.maxBytes = maxBytes;
        this.text = new TextFileReader(maxBytes);
        this.html = new HtmlFileReader(maxBytes);
    }

    /**
     * Sidecars, gold annotations and anything else that is not .txt, .jsonl, .html, .htm, .warc or .warc.gz are
     * no articles.
     */
    static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (name.endsWith(".jsonl")) {
            return Format.FEED;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Format.WARC;
        }
        return Format.NONE;
    }

    static boolean isArticleFile(Path file) {
        return formatOf(file) != Format.NONE && Files.isRegularFile(file);
    }

    /** The file name without its last extension. */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The items of one article file, read when first asked for; {@code id} is unused for a feed or archive. */
    Iterator<SourceItem> open(Path file, String id) {
        Format format = formatOf(file);
        if (format == Format.FEED) {
            return new JsonlReader(file, maxBytes);
        }
        if (format == Format.WARC) {
            return new WarcArticles(file, maxBytes);
        }
        if (stem(file.getFileName().toString()).isEmpty()) {
            return one(new SourceItem.Failed(file.toString(), "no article id: the file name is only an extension"));
        }
        return switch (format) {
            case TEXT -> one(text.read(file, id));
            case HTML -> one(html.read(file, id));
            default -> Collections.emptyIterator();
        };
    }

    static Iterator<SourceItem> one(SourceItem item) {
        return List.of(item).iterator();
    }
}
