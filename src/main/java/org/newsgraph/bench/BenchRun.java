package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.store.Store;

/** The steps of one benchmark, in order, in the output folder. */
final class BenchRun {
    private final BenchOptions options;
    private final Consumer<String> progress;
    private final Path corpusFolder;
    private final Path pipelineStore;
    private final Path loaderStore;
    private final Path nquads;

    BenchRun(BenchOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
        this.corpusFolder = options.output().resolve("corpus");
        this.pipelineStore = options.output().resolve("store-pipeline");
        this.loaderStore = options.output().resolve("store-tdbloader");
        this.nquads = options.output().resolve("store.nq");
    }

    BenchReport run() {
        List<Path> work = List.of(corpusFolder, pipelineStore, loaderStore, nquads);
        work.forEach(BenchRun::delete);
        NlpModels.load(progress);
        double startup = NlpModels.loadSeconds();
        progress.accept("bench: writing " + options.articles() + " articles to " + corpusFolder);
        Corpus corpus = Corpus.write(Samples.read(options.samples()), KnowledgeBase.bundled(), options.articles(),
                options.seed(), corpusFolder);
        progress.accept("bench: bare OpenNLP stages on " + options.threads() + " threads");
        BenchReport.Raw openNlp = RawRun.openNlp(corpus, options.threads());
        say("bench: bare OpenNLP %.0f tokens/s, %.1f articles/s", openNlp.tokensPerSecond(),
                openNlp.articlesPerSecond());
        progress.accept("bench: bare NLP4J tokens, tags and named entities on " + options.threads() + " threads");
        BenchReport.Raw raw = RawRun.nlp4j(corpus, options.threads());
        say("bench: bare NLP4J %.0f tokens/s, %.1f articles/s", raw.tokensPerSecond(), raw.articlesPerSecond());
        BenchReport report;
        try (Store store = Store.open(pipelineStore)) {
            progress.accept("bench: full pipeline into " + pipelineStore);
            BenchReport.Pipeline pipeline = PipelineRun.measure(corpus, raw.tokens(), options.threads(), store);
            say("bench: pipeline %.0f tokens/s (%.2f of bare), %.1f articles/s, store stage %.1f s, live heap %.1f MB",
                    pipeline.tokensPerSecond(), pipeline.tokensPerSecond() / raw.tokensPerSecond(),
                    pipeline.articlesPerSecond(), pipeline.storeSeconds(), pipeline.liveHeapBytes() / 1048576.0);
            progress.accept("bench: N-Quads export, and tdb2.tdbloader (phased) into " + loaderStore);
            BenchReport.Loader loader = LoaderRun.measure(store, nquads, loaderStore);
            say("bench: %d quads; store stage %.0f quads/s, tdbloader %.0f quads/s", loader.quads(),
                    loader.quads() / pipeline.storeSeconds(), loader.quadsPerSecond());
            progress.accept("bench: contract queries over HTTP");
            List<BenchReport.Query> queries = QueryRun.measure(store);
            report = new BenchReport(options, MachineInfo.here(), startup, openNlp, raw,
                    PipelineRun.withQuads(pipeline, loader.quads()), loader, queries);
        }
        List.of(pipelineStore, loaderStore, nquads).forEach(BenchRun::delete);
        write(report);
        return report;
    }

    /** A phase's figures as soon as they are known, so that a run stopped later still leaves them behind. */
    private void say(String format, Object... values) {
        progress.accept(String.format(java.util.Locale.ROOT, format, values));
    }

    private void write(BenchReport report) {
        try {
            Files.writeString(options.output().resolve("bench.md"), report.markdown());
            Files.writeString(options.output().resolve("bench.json"), report.json());
        } catch (IOException e) {
            throw new NewsGraphException("cannot write the table to " + options.output() + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }
}
