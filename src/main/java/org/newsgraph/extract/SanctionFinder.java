package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Sanction;

/** Sanctions of one article (being written: finds none yet). */
final class SanctionFinder {
    List<Sanction> find(ArticleContext ctx) {
        return List.of();
    }
}
