package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to benchmark.
 *
 * @param articles how many articles the generated corpus holds
 * @param threads  worker threads, for the bare OpenNLP run and the pipeline alike
 * @param seed     the corpus's seed: the same seed gives the same corpus
 * @param output   folder for the corpus, the stores and the table ({@code bench.md}, {@code bench.json})
 * @param samples  folder of sample articles the corpus recombines
 */
public record BenchOptions(int articles, int threads, long seed, Path output, Path samples) {
    public BenchOptions {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1, was " + articles);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(samples, "samples");
    }
}
