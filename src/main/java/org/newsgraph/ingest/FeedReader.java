package org.newsgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * An RSS or Atom feed (Rome reads every RSS version and Atom 0.3 and 1.0): each item is an article, its text the
 * item's content ({@code content:encoded}, Atom content) or else its description, HTML turned into paragraphs.
 * A feed that cannot be parsed is one failure; an item without text or name is a failure of its own.
 */
final class FeedReader {
    private final long maxBytes;

    FeedReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The items of a feed document; {@code location} is its URL or path, for ids and messages.
     *
     * @throws UnreadableException when the document is no feed at all
     */
    List<SourceItem> read(byte[] document, String location) throws UnreadableException {
        SyndFeed feed = parse(document);
        String source = blankToNull(feed.getTitle());
        List<SourceItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String origin = location + " item " + (i + 1);
            try {
                items.add(item(entries.get(i), location, source, origin));
            } catch (UnreadableException e) {
                items.add(new SourceItem.Failed(origin, e.getMessage()));
            }
        }
        return items;
    }

    /** Rome refuses DOCTYPE declarations by default, which keeps external entities out. */
    private static SyndFeed parse(byte[] document) throws UnreadableException {
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(document), true)) {
            return new SyndFeedInput().build(xml);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new UnreadableException("not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
    }

    private SourceItem item(SyndEntry entry, String location, String source, String origin)
            throws UnreadableException {
        String id = FeedItemIds.of(location, entry.getUri(), entry.getLink());
        String text = text(entry);
        long size = TextChecks.utf8Length(text);
        if (size > maxBytes) {
            throw new UnreadableException("text " + TextChecks.tooLarge(size, maxBytes));
        }
        TextChecks.requireArticleText(text);
        Metadata metadata = new Metadata(blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
                day(entry), source);
        return new SourceItem.Read(metadata.toArticle(id, text, origin), List.of());
    }

    /** The full content when the item has one, else the description (an Atom summary is one too). */
    private static String text(SyndEntry entry) throws UnreadableException {
        String content = entry.getContents().stream().map(FeedReader::plain).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (!content.isBlank()) {
            return content;
        }
        if (entry.getDescription() != null) {
            String description = plain(entry.getDescription());
            if (!description.isBlank()) {
                return description;
            }
        }
        throw new UnreadableException("no content or description");
    }

    /** Plain text as it is; anything else (html, xhtml, RSS's text/html) is HTML that becomes paragraphs. */
    private static String plain(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return value.strip();
        }
        return HtmlText.of(Jsoup.parseBodyFragment(value).body());
    }

    /**
     * Rome gives the instant without the offset it was written with, so the day is taken in UTC; a time late in
     * the evening west of Greenwich lands on the next day.
     */
    private static LocalDate day(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").strip();
    }
}
