package org.newsgraph.bench;

import java.util.function.Consumer;

/**
 * The benchmark, in one call: a corpus generated from the samples, the bare OpenNLP stages over it, the full
 * pipeline into a fresh store, the same quads through TDB2's bulk loader, and the contract queries over HTTP.
 *
 * <pre>{@code
 * BenchReport r = Benchmark.run(new BenchOptions(2000, 2, 42, Path.of("target/bench"), Path.of("samples")),
 *         System.err::println);
 * }</pre>
 */
public interface Benchmark {
    /**
     * Runs every measurement and writes {@code bench.md} and {@code bench.json} into the output folder; the corpus
     * stays there, the stores and the N-Quads file are removed.
     *
     * @param progress hears one line as each step starts
     */
    static BenchReport run(BenchOptions options, Consumer<String> progress) {
        return new BenchRun(options, progress).run();
    }

    /**
     * Writes only the corpus, to {@code corpus} in the output folder (replacing one there), so that other runners
     * (the Spark job, another machine) can be timed on the very articles the benchmark uses.
     *
     * @return the folder of the corpus
     */
    static java.nio.file.Path writeCorpus(BenchOptions options) {
        java.nio.file.Path folder = options.output().resolve("corpus");
        BenchRun.delete(folder);
        Corpus.write(Samples.read(options.samples()), org.newsgraph.link.KnowledgeBase.bundled(), options.articles(),
                options.seed(), folder);
        return folder;
    }
}
