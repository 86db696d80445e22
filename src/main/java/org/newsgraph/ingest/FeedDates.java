package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The publication day of each item as its feed writes it. Rome turns a date into an instant and forgets the
 * offset it was written with, and the day of "Mon, 10 Mar 2025 21:30:00 -0500" is the 10th where it was written
 * but the 11th in UTC; relative dates in the text ("on Monday") are resolved against the day the publisher meant.
 */
final class FeedDates {
    /** In order of preference: RSS 2.0, Atom, Dublin Core (RSS 1.0), then the dates of an update. */
    private static final List<String> NAMES = List.of("pubDate", "published", "date", "issued", "updated",
            "modified");

    private FeedDates() {
    }

    /** The written day of each item or entry, in document order; null where an item has no date this reads. */
    static List<LocalDate> of(Document document) {
        Element root = document.getRootElement();
        List<Element> items = new ArrayList<>();
        switch (root.getName()) {
            case "rss" -> root.getChildren().stream().filter(e -> e.getName().equals("channel"))
                    .forEach(channel -> collect(channel, "item", items));
            case "RDF" -> collect(root, "item", items);
            case "feed" -> collect(root, "entry", items);
            default -> {
                return List.of();
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (Element item : items) {
            days.add(written(item));
        }
        return days;
    }

    private static void collect(Element parent, String name, List<Element> into) {
        parent.getChildren().stream().filter(e -> e.getName().equals(name)).forEach(into::add);
    }

    private static LocalDate written(Element item) {
        for (String name : NAMES) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    return day(child.getTextTrim());
                }
            }
        }
        return null;
    }

    /** The day of an RFC 822 date (RSS) or an ISO date or date-time (Atom, Dublin Core), or null. */
    static LocalDate day(String text) {
        try {
            return LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).parse(text));
        } catch (DateTimeException notRfc) {
            List<String> ignored = new ArrayList<>();
            return Metadata.day(text, "", ignored);
        }
    }
}
