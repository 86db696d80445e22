package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.RawNlp;

/**
 * A bare library run over the corpus on T threads, each with its own instances, each reading the next article file
 * as it finishes one (reading is counted, as the pipeline's is). A warm-up pass over the first articles runs first,
 * so that neither run pays the JIT alone.
 */
final class RawRun {
    private static final int WARM_UP_ARTICLES = 200;

    private RawRun() {
    }

    /** The bare OpenNLP stages the pipeline uses: sentences and tokens. */
    static BenchReport.Raw openNlp(Corpus corpus, int threads) {
        return measure(corpus, threads, NlpModels::newRawNlp);
    }

    /** The bare NLP4J stages: its tokenizer, tagger and entity recognizer, the pipeline's baseline. */
    static BenchReport.Raw nlp4j(Corpus corpus, int threads) {
        return measure(corpus, threads, NlpModels::newRawNlp4j);
    }

    private static BenchReport.Raw measure(Corpus corpus, int threads, Function<NlpModels, RawNlp> stages) {
        NlpModels models = NlpModels.load();
        run(corpus, Math.min(corpus.articles(), WARM_UP_ARTICLES), threads, models, stages);
        double cpu0 = MachineInfo.processCpuSeconds();
        long t0 = System.nanoTime();
        long tokens = run(corpus, corpus.articles(), threads, models, stages);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new BenchReport.Raw(corpus.articles(), tokens, seconds, MachineInfo.processCpuSeconds() - cpu0);
    }

    private static long run(Corpus corpus, int articles, int threads, NlpModels models,
                            Function<NlpModels, RawNlp> stages) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> worker(corpus, articles, next, stages.apply(models))));
            }
            long tokens = 0;
            for (Future<Long> part : parts) {
                tokens += part.get();
            }
            return tokens;
        } catch (ExecutionException e) {
            throw new NewsGraphException("the bare library run failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("the bare library run was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long worker(Corpus corpus, int articles, AtomicInteger next, RawNlp nlp) {
        long tokens = 0;
        for (int i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
            try {
                tokens += nlp.run(Files.readString(Corpus.text(corpus.folder(), i)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }
}
