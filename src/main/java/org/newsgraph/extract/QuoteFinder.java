package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Quote;

/** Quotes of one article (being written: finds none yet). */
final class QuoteFinder {
    List<Quote> find(ArticleContext ctx) {
        return List.of();
    }
}
