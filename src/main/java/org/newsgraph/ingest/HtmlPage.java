package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A parsed HTML page as an article: its main text, and the title, address, date and site its head declares.
 * Shared by {@code .html} files and the pages of web archives, which pass what the archive knows as defaults.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    /**
     * The page's article, or a failure when it holds no text. {@code defaults} fill the fields the page does not
     * declare; its url, when given, wins over the page's own (an archive knows where the page really was).
     */
    static SourceItem read(Document page, String id, String origin, Metadata defaults) {
        List<String> warnings = new ArrayList<>();
        // read before the furniture goes: a <time> often sits in the header, JSON-LD in a script
        Metadata declared = metadata(page, origin, warnings);
        String text = MainText.of(page);
        if (text.isBlank()) {
            return new SourceItem.Failed(origin, "no text in the page");
        }
        Metadata metadata = new Metadata(
                defaults.url() != null ? defaults.url() : declared.url(),
                declared.title() != null ? declared.title() : defaults.title(),
                declared.published() != null ? declared.published() : defaults.published(),
                declared.source() != null ? declared.source() : defaults.source());
        return new SourceItem.Read(metadata.toArticle(id, text, origin), warnings);
    }

    private static Metadata metadata(Document page, String origin, List<String> warnings) {
        String title = firstNonBlank(page.title(), meta(page, "og:title"));
        String url = firstNonBlank(page.select("link[rel=canonical][href]").attr("href"), meta(page, "og:url"));
        String published = firstNonBlank(meta(page, "article:published_time"), jsonLdDatePublished(page),
                page.select("time[datetime]").attr("datetime"));
        return new Metadata(url, title, published == null ? null : Metadata.day(published, origin, warnings),
                meta(page, "og:site_name"));
    }

    /** The first {@code datePublished} in the page's JSON-LD blocks; a block that does not parse is ignored. */
    static String jsonLdDatePublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                String found = datePublished(JsonParser.parseString(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (JsonParseException | IllegalStateException e) {
                // a broken block is common on real pages and says nothing about the article: look at the next
                continue;
            }
        }
        return null;
    }

    /** Depth-first through objects and arrays (@graph lists, nested NewsArticle), a bounded depth. */
    private static String datePublished(JsonElement element, int depth) {
        if (depth > 8) {
            return null;
        }
        if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                String found = datePublished(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            JsonElement date = object.get("datePublished");
            if (date != null && date.isJsonPrimitive() && !date.getAsString().isBlank()) {
                return date.getAsString();
            }
            for (var entry : object.entrySet()) {
                String found = datePublished(entry.getValue(), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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
