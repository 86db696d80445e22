package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.quote.QuoteFinder;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;

/** Who speaks at a word inside quotation marks: the speaker the quotation is attributed to. */
final class Speakers {
    private final ArticleContext ctx;
    private final Narration narration;
    private List<Quote> quotes;

    Speakers(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    boolean isQuoted(Word w) {
        return narration.isQuoted(w);
    }

    /** The speaker of the quotation around the word, when the article attributes it. */
    Optional<Entity> of(Word w) {
        if (quotes == null) {
            quotes = new QuoteFinder().find(ctx, narration); // read once, when a quotation is first asked about
        }
        return quotes.stream()
                .filter(q -> q.evidence().start() <= w.start() && w.end() <= q.evidence().end())
                .map(Quote::speaker).findFirst();
    }
}
