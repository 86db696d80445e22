package org.newsgraph.extract.date;

import org.newsgraph.model.PartialDate;

/**
 * A date expression in an article: its span (UTF-16 offsets into the article text, end exclusive) and the date it
 * names. {@code relative} is true when the words name no date by themselves ("Tuesday", "the next day", "last
 * month") and the date came from the publication date or the anchor; a month and day whose year was inferred
 * ("Mar. 3") is not relative, so it may serve as the narration's next anchor.
 */
public record DateMention(int start, int end, PartialDate date, boolean relative) {
}
