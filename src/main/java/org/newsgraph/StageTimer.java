package org.newsgraph;

/**
 * Hears how long each stage of an ingest took, for the benchmark. Worker threads call it concurrently, so an
 * implementation must be thread-safe. Linking runs inside the extractor and is counted as {@link Stage#EXTRACT}.
 */
public interface StageTimer {
    /** The stages an ingest times: analysis per article on the workers, writing per batch on the writer. */
    enum Stage { NLP, EXTRACT, RDF, STORE }

    /** One stage ran for this many nanoseconds, on one article (or, for {@link Stage#STORE}, one batch). */
    void record(Stage stage, long nanos);

    /** Records nothing: the default. */
    StageTimer NONE = (stage, nanos) -> {
    };
}
