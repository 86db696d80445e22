package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a job, summed over its outcomes by the executors, so that only the sums reach the driver.
 *
 * @param read     articles read and analysed, whether the analysis succeeded or not (as ingest counts them)
 * @param written  articles whose quads are in the shards
 * @param quads    quads in the shards
 * @param failed   items that failed (files that could not be read, articles that could not be analysed)
 * @param warnings warnings about the articles written (a bad sidecar, say)
 * @param skipped  items skipped on purpose, by kind
 * @param modelSeconds the longest time an executor took to load the models, before it analysed anything
 */
record Tally(long read, long written, long quads, long failed, long warnings, Map<String, Long> skipped,
             double modelSeconds)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static Tally of(Outcome outcome) {
        if (outcome instanceof Outcome.Analysed a) {
            return new Tally(1, 1, a.quads(), 0, a.warnings(), Map.of(), 0);
        }
        if (outcome instanceof Outcome.Failed f) {
            return new Tally(f.stage().equals("extract") ? 1 : 0, 0, 0, 1, 0, Map.of(), 0);
        }
        if (outcome instanceof Outcome.Loaded l) {
            return new Tally(0, 0, 0, 0, 0, Map.of(), l.seconds());
        }
        Outcome.Skipped s = (Outcome.Skipped) outcome;
        return new Tally(0, 0, 0, 0, 0, Map.of(s.kind(), 1L), 0);
    }

    Tally plus(Tally other) {
        Map<String, Long> kinds = new TreeMap<>(skipped);
        other.skipped.forEach((k, n) -> kinds.merge(k, n, Long::sum));
        return new Tally(read + other.read, written + other.written, quads + other.quads, failed + other.failed,
                warnings + other.warnings, kinds, Math.max(modelSeconds, other.modelSeconds));
    }

    static Tally none() {
        return new Tally(0, 0, 0, 0, 0, Map.of(), 0);
    }
}
