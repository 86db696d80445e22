package org.newsgraph;

import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an ingest run.
 *
 * @param read      articles read and analysed
 * @param written   articles whose graph was written (new or changed)
 * @param unchanged articles already stored with the same text and metadata
 * @param failed    articles skipped because they could not be read or analysed
 * @param warnings  warnings about metadata (articles stored without it)
 * @param seconds   wall-clock time of the run
 * @param skipped   items passed over on purpose, counted by kind ("redirect", "not HTML", "language: deu")
 */
public record IngestReport(long read, long written, long unchanged, long failed, long warnings, double seconds,
                           Map<String, Long> skipped) {
    public IngestReport {
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    public IngestReport(long read, long written, long unchanged, long failed, long warnings, double seconds) {
        this(read, written, unchanged, failed, warnings, seconds, Map.of());
    }

    /** How many items were passed over on purpose, of every kind. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean hasFailures() {
        return failed > 0;
    }
}
