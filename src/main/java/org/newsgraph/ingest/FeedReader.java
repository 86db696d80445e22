package org.newsgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdom2.Document;
import org.jdom2.JDOMException;
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
     * The items of a feed document; {@code location} is its URL or path, for ids and messages, and
     * {@code contentType} the server's media type (its charset counts when the XML declares none), or null.
     *
     * @throws UnreadableException when the document is no feed at all
     */
    List<SourceItem> read(byte[] document, String contentType, String location) throws UnreadableException {
        Document xml = parse(document, contentType);
        SyndFeed feed = convert(xml);
        String source = blankToNull(feed.getTitle());
        List<SourceItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        List<LocalDate> written = FeedDates.of(xml);
        for (int i = 0; i < entries.size(); i++) {
            String origin = location + " item " + (i + 1);
            LocalDate day = written.size() == entries.size() && written.get(i) != null ? written.get(i)
                    : utcDay(entries.get(i));
            try {
                items.add(item(entries.get(i), location, source, origin, day));
            } catch (UnreadableException e) {
                items.add(new SourceItem.Failed(origin, e.getMessage()));
            }
        }
        return items;
    }

    /**
     * The XML as Rome would read it (encoding from the BOM, the XML declaration or the server's charset; stray HTML
     * entities mended), with Rome's parser settings, which refuse DOCTYPE declarations and so keep external
     * entities out. It is read here rather than by Rome so that the dates can be taken as written.
     */
    private static Document parse(byte[] document, String contentType) throws UnreadableException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(document);
        try (XmlReader encoded = contentType == null ? new XmlReader(bytes, true)
                : new XmlReader(bytes, contentType, true)) {
            return new RomeXml().parse(new XmlFixerReader(encoded));
        } catch (JDOMException | IOException e) {
            throw new UnreadableException("not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
    }

    private static SyndFeed convert(Document xml) throws UnreadableException {
        try {
            return new SyndFeedInput().build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableException("not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
    }

    /** Rome's XML parser settings, which only a subclass may ask for. */
    private static final class RomeXml extends WireFeedInput {
        Document parse(Reader xml) throws JDOMException, IOException {
            return createSAXBuilder().build(xml);
        }
    }

    private SourceItem item(SyndEntry entry, String location, String source, String origin, LocalDate day)
            throws UnreadableException {
        String id = FeedItemIds.of(location, entry.getUri(), entry.getLink());
        String text = text(entry);
        long size = TextChecks.utf8Length(text);
        if (size > maxBytes) {
            throw new UnreadableException("text " + TextChecks.tooLarge(size, maxBytes));
        }
        TextChecks.requireArticleText(text);
        Metadata metadata = new Metadata(blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
                day, source);
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

    /** When the written date cannot be read, Rome's instant (which has lost its offset) gives the day in UTC. */
    private static LocalDate utcDay(SyndEntry entry) {
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
