package org.newsgraph.bench;

import java.util.List;

/**
 * The figures of one benchmark run and the ratios the project's speed targets are stated in.
 *
 * @param options  what was run
 * @param machine  where it ran
 * @param raw      the bare OpenNLP stages over the corpus
 * @param pipeline the full pipeline into a fresh store
 * @param loader   the same quads through TDB2's phased bulk loader
 * @param queries  the contract queries over HTTP, in the order run
 */
public record BenchReport(BenchOptions options, Machine machine, Raw raw, Pipeline pipeline, Loader loader,
                          List<Query> queries) {
    public BenchReport {
        queries = List.copyOf(queries);
    }

    /** Cores, the heap limit, and the versions of Java, Jena and OpenNLP. */
    public record Machine(int cores, long maxHeapBytes, String java, String jena, String openNlp) {
    }

    /** The bare OpenNLP run: articles, tokens, wall-clock seconds and the process's CPU seconds meanwhile. */
    public record Raw(long articles, long tokens, double seconds, double cpuSeconds) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /**
     * The pipeline run. Stage seconds are summed over the workers (nlp, extract with linking inside it, rdf) or
     * taken on the single writer (store); tokens are the corpus's as the bare run counted them; CPU seconds are the
     * process's during the run.
     */
    public record Pipeline(long articles, long tokens, double seconds, double cpuSeconds, double nlpSeconds,
                           double extractSeconds, double rdfSeconds, double storeSeconds, long quads,
                           long liveHeapBytes) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        /** Quads per second of the writer's time: the store stage's own rate. */
        public double storeQuadsPerSecond() {
            return quads / storeSeconds;
        }
    }

    /** The reference: exporting the store as N-Quads, and loading that file into an empty store. */
    public record Loader(long quads, double exportSeconds, double loadSeconds) {
        public double quadsPerSecond() {
            return quads / loadSeconds;
        }
    }

    /**
     * One contract query: its result rows, the latency of its first request (which the store answers) and its warm
     * latencies, in milliseconds.
     */
    public record Query(String name, long rows, double firstMillis, int runs, double p50Millis, double p95Millis) {
    }

    /** Pipeline tokens/s over bare OpenNLP tokens/s; the target is at least 0.5. */
    public double nlpRatio() {
        return pipeline.tokensPerSecond() / raw.tokensPerSecond();
    }

    /**
     * The same ratio per CPU second (bare CPU seconds over pipeline CPU seconds): what the pipeline costs beyond
     * OpenNLP, whatever else the machine is running at the time.
     */
    public double nlpCpuRatio() {
        return raw.cpuSeconds() / pipeline.cpuSeconds();
    }

    /** Store-stage quads/s over the bulk loader's; the target is at least 0.5. */
    public double storeRatio() {
        return pipeline.storeQuadsPerSecond() / loader.quadsPerSecond();
    }

    /** The slowest median of the contract queries; the target is under 200 ms. */
    public double worstQueryP50Millis() {
        return queries.stream().mapToDouble(Query::p50Millis).max().orElse(Double.NaN);
    }

    /** The table as Markdown. */
    public String markdown() {
        return BenchTable.markdown(this);
    }

    /** The figures as a JSON object. */
    public String json() {
        return BenchTable.json(this);
    }
}
