package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An {@code .html} page: its main text, and the title, address and date its head declares. */
final class HtmlFileReader {
    /** Page furniture around the story; their text would pollute the article. */
    private static final String FURNITURE = "script, style, nav, header, footer, aside, form, noscript, template";

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
        List<String> warnings = new ArrayList<>();
        // read before the furniture goes: a <time> often sits in the header
        Metadata metadata = metadata(page, origin, warnings);
        page.select(FURNITURE).remove();
        String text = HtmlText.of(mainElement(page));
        if (text.isBlank()) {
            return new SourceItem.Failed(origin, "no text in the page");
        }
        return new SourceItem.Read(metadata.toArticle(id, text, origin), warnings);
    }

    private static Metadata metadata(Document page, String origin, List<String> warnings) {
        String title = firstNonBlank(page.title(), meta(page, "og:title"));
        String url = firstNonBlank(page.select("link[rel=canonical][href]").attr("href"), meta(page, "og:url"));
        String published = firstNonBlank(meta(page, "article:published_time"),
                page.select("time[datetime]").attr("datetime"));
        return new Metadata(url, title, published == null ? null : Metadata.day(published, origin, warnings),
                meta(page, "og:site_name"));
    }

    /**
     * The story itself: pages often hold several {@code <article>} elements (teasers of other stories), so the
     * one with the most text wins; else {@code <main>}, else the body.
     */
    private static Element mainElement(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt((Element e) -> e.text().length()))
                .or(() -> page.select("main").stream().findFirst())
                .orElse(page.body());
    }

    private static String meta(Document page, String property) {
        String selector = "meta[property=" + property + "][content], meta[name=" + property + "][content]";
        return firstNonBlank(page.select(selector).attr("content"));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
