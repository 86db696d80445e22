package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.newsgraph.IngestListener;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.NewsGraphException;
import org.newsgraph.StageTimer.Stage;
import org.newsgraph.store.Store;

/** The corpus through {@link NewsGraph#ingest} into a fresh store, each stage timed. */
final class PipelineRun {
    private PipelineRun() {
    }

    /** Ingests into the open store; the quads are counted later, from the export. */
    static BenchReport.Pipeline measure(Corpus corpus, long tokens, int threads, Store store) {
        StageClock clock = new StageClock();
        FirstFailure failures = new FirstFailure();
        double cpu0 = MachineInfo.processCpuSeconds();
        long t0 = System.nanoTime();
        IngestReport report = ingest(corpus, threads, store, clock, failures);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = MachineInfo.processCpuSeconds() - cpu0;
        if (report.failed() > 0 || report.written() != corpus.articles()) {
            throw new NewsGraphException("the pipeline wrote " + report.written() + " of " + corpus.articles()
                    + " articles (" + report.failed() + " failed; the first: " + failures.first + ")");
        }
        return new BenchReport.Pipeline(report.read(), tokens, seconds, cpu, clock.seconds(Stage.NLP),
                clock.seconds(Stage.EXTRACT), clock.seconds(Stage.RDF), clock.seconds(Stage.STORE), 0, liveHeap());
    }

    /**
     * Its own method, so that the extractor and its knowledge base are unreachable when the heap is measured (the NLP
     * models stay: a process loads them once, and the live heap counts them).
     */
    private static IngestReport ingest(Corpus corpus, int threads, Store store, StageClock clock,
                                       IngestListener listener) {
        NewsGraph graph = NewsGraph.builder().threads(threads).stageTimer(clock).build();
        return graph.ingest(List.of(corpus.folder()), store, listener);
    }

    /** Keeps the first failure, so that a benchmark that stops says which article and why. */
    private static final class FirstFailure implements IngestListener {
        private volatile String first = "none reported";
        private volatile boolean seen;

        @Override
        public void warning(String origin, String message) {
        }

        @Override
        public void failure(String origin, String stage, String reason) {
            if (!seen) {
                seen = true;
                first = origin + " at " + stage + ": " + reason;
            }
        }

        @Override
        public void progress(long articlesDone, double articlesPerSecond) {
        }
    }

    /** Heap in use after full collections: what the run keeps, not what it has yet to collect. */
    static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static BenchReport.Pipeline withQuads(BenchReport.Pipeline p, long quads) {
        return new BenchReport.Pipeline(p.articles(), p.tokens(), p.seconds(), p.cpuSeconds(), p.nlpSeconds(),
                p.extractSeconds(), p.rdfSeconds(), p.storeSeconds(), quads, p.liveHeapBytes());
    }
}
