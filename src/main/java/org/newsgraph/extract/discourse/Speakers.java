package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;

/** Who speaks at a word inside quotation marks: the speaker the quotation is attributed to. */
final class Speakers {
    private final Narration narration;
    private final List<Quote> quotes;

    Speakers(Narration narration, List<Quote> quotes) {
        this.narration = narration;
        this.quotes = quotes;
    }

    boolean isQuoted(Word w) {
        return narration.isQuoted(w);
    }

    /** The speaker of the quotation around the word, when the article attributes it. */
    Optional<Entity> of(Word w) {
        return quotes.stream()
                .filter(q -> q.evidence().start() <= w.start() && w.end() <= q.evidence().end())
                .map(Quote::speaker).findFirst();
    }
}
