package org.newsgraph.model;

import java.util.List;

/** Everything extracted from one article; the unit the rdf and store stages write. */
public record Extraction(Article article, List<Entity> entities, List<Position> positions, List<Meeting> meetings,
                         List<Sanction> sanctions, List<Quote> quotes) {
    public Extraction {
        entities = List.copyOf(entities);
        positions = List.copyOf(positions);
        meetings = List.copyOf(meetings);
        sanctions = List.copyOf(sanctions);
        quotes = List.copyOf(quotes);
    }

    public static Extraction empty(Article article) {
        return new Extraction(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
