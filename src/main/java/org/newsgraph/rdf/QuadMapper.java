package org.newsgraph.rdf;

import org.newsgraph.model.Extraction;

/** Turns one article's extraction into quads, following {@code ontology/newsgraph.ttl}. Thread-safe. */
public interface QuadMapper {
    ArticleQuads map(Extraction extraction);

    /**
     * The digest of everything an article's graph is made from (text, metadata, extractor and model versions):
     * known before any analysis, so an unchanged article need not be analysed again.
     */
    String digest(org.newsgraph.model.Article article);

    /**
     * A mapper that records the given run in every article's provenance.
     *
     * @param extractorVersion the software version written into the metadata graph
     * @param modelId          the NLP models used
     * @param runTime          UTC time the run started, ISO-8601
     */
    static QuadMapper of(String extractorVersion, String modelId, java.time.Instant runTime) {
        return new ExtractionQuads(new Provenance(extractorVersion, modelId, runTime));
    }
}
