package org.newsgraph.bench;

import java.util.List;

/**
 * The figures of one benchmark run and the ratios the project's speed targets are stated in.
 *
 * @param options  what was run
 * @param machine  where it ran
 * @param startup  seconds this process took to load the NLP models, the start-up every ingest pays
 * @param openNlp  the bare OpenNLP stages over the corpus (sentences, tokens)
 * @param raw      the bare NLP4J stages over the corpus (tokens, tags, named entities): the pipeline's baseline
 * @param pipeline the full pipeline into a fresh store
 * @param loader   the same quads through TDB2's phased bulk loader
 * @param queries  the contract queries over HTTP, in the order run
 */
public record BenchReport(BenchOptions options, Machine machine, double startup, Raw openNlp, Raw raw,
                          Pipeline pipeline, Loader loader, List<Query> queries) {
    public BenchReport {
        queries = List.copyOf(queries);
    }

    /** Cores, the heap limit, and the versions of Java, Jena and OpenNLP. */
    public record Machine(int cores, long maxHeapBytes, String java, String jena, String openNlp) {
    }

    /** A bare library run: articles, tokens, wall-clock seconds and the process's CPU seconds meanwhile. */
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
     * taken on the single writer (store); tokens are the corpus's as the bare NLP4J run counted them; CPU seconds
     * are the process's during the run.
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

    /** Pipeline tokens/s over bare NLP4J tokens/s (tokens, tags, named entities); the target is at least 0.5. */
    public double nlpRatio() {
        return pipeline.tokensPerSecond() / raw.tokensPerSecond();
    }

    /** Pipeline articles/s over bare OpenNLP articles/s: what everything after tokenization costs. */
    public double openNlpRatio() {
        return pipeline.articlesPerSecond() / openNlp.articlesPerSecond();
    }

    /**
     * The NLP4J ratio per CPU second (bare CPU seconds over pipeline CPU seconds): what the pipeline costs beyond
     * NLP4J's tagging, whatever else the machine is running at the time.
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
