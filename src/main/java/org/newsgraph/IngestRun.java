package org.newsgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SourceItem;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.LanguageFilter;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.QuadMapper;
import org.newsgraph.store.Store;

/**
 * One ingest: worker threads analyse articles (each with its own OpenNLP instances), one writer thread writes,
 * one transaction per batch, while this thread reads and hands out the next articles. At most a few articles per
 * worker and two batches are in flight, so memory does not grow with the corpus, and results are written in input
 * order, so two runs over the same input write the same batches.
 *
 * <p>Workers and the writer share as many run permits as there are workers: a worker holds one per article, the
 * writer one per batch. The writer therefore never competes with every worker for the cores (with as many
 * workers as cores it would otherwise get a fraction of one, and the single writer is the part that cannot be
 * spread); it waits at most for one article to finish, and the work done per second stays the same.
 *
 * <p>Articles go to the writer in parcels of the batch size; a batch, what one write transaction holds, is one
 * parcel for the first {@value #GROUPING} parcels of a run, then grows to {@code 1/GROUPING} of the parcels written
 * so far, up to {@value #LARGEST_BATCH} parcels. Every transaction copies each index block it touches, and in a
 * large store a few hundred articles touch most blocks of the indexes, so a long ingest with batches of a fixed
 * size would rewrite its indexes once per batch (at 20,000 articles this made the store 15 GB instead of 6 and its
 * writes a third slower). A crash loses only the batch not yet committed, which the next ingest writes again;
 * progress is reported at commits.
 */
final class IngestRun {
    static final int GROUPING = 8;
    /** The most parcels one batch holds, so that a very long ingest still commits every few minutes. */
    static final int LARGEST_BATCH = 32;
    private final NewsGraph graph;
    private final QuadMapper mapper;
    private final Store store;
    private final IngestListener listener;
    private final int threads;
    private final int batchSize;
    private final StageTimer timer;
    private final ThreadLocal<NewsGraph.Worker> workers;
    /** Used by the reading thread only: 10-17 ms an article, a small share of what analysing it costs. */
    private final LanguageFilter languages;
    private final Semaphore runPermits;
    private final List<ArticleQuads> batch = new ArrayList<>();
    private final Deque<Write> writes = new ArrayDeque<>();
    private ExecutorService writer;
    private long read;
    private long analysed;
    private long written;
    private long failed;
    private long warnings;
    private final Map<String, Long> skipped = new TreeMap<>();
    private int batchesSubmitted;
    private int batchesOpen;
    private final long started = System.nanoTime();

    IngestRun(NewsGraph graph, QuadMapper mapper, Store store, IngestListener listener, int threads, int batchSize,
              StageTimer timer) {
        this.graph = graph;
        this.mapper = mapper;
        this.store = store;
        this.listener = listener;
        this.threads = threads;
        this.batchSize = batchSize;
        this.timer = timer;
        this.workers = ThreadLocal.withInitial(() -> this.graph.newWorker(this.mapper));
        this.runPermits = new Semaphore(threads, true);
        this.languages = graph.newLanguageFilter();
    }

    IngestReport run(ArticleSource source) {
        ExecutorService pool = daemons(threads, "newsgraph-worker");
        writer = daemons(1, "newsgraph-writer");
        Deque<Pending> inFlight = new ArrayDeque<>();
        try (Stream<SourceItem> items = source.items()) {
            items.forEach(item -> {
                accept(item, pool, inFlight);
                while (inFlight.size() > threads * 4L) {
                    collect(inFlight.removeFirst());
                }
            });
            while (!inFlight.isEmpty()) {
                collect(inFlight.removeFirst());
            }
            submit(true);
            while (!writes.isEmpty()) {
                awaitWrite(writes.removeFirst());
            }
        } finally {
            pool.shutdownNow();
            abandonOpenWrite();
            writer.shutdown();
        }
        return new IngestReport(read, written, analysed - written, failed, warnings, seconds(), skipped);
    }

    private static ExecutorService daemons(int n, String name) {
        return Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private void accept(SourceItem item, ExecutorService pool, Deque<Pending> inFlight) {
        if (item instanceof SourceItem.Failed f) {
            failed++;
            listener.failure(f.origin(), "read", f.reason());
            return;
        }
        if (item instanceof SourceItem.Skipped s) {
            skip(s.origin(), s.kind(), s.detail());
            return;
        }
        SourceItem.Read r = (SourceItem.Read) item;
        r.warnings().forEach(w -> {
            warnings++;
            listener.warning(r.origin(), w);
        });
        Article article = r.article();
        var language = languages.otherLanguage(article.text());
        if (language.isPresent()) {
            skip(article.origin() + " (id " + article.id() + ")", "not English (" + language.get() + ")",
                    "the English models would misread it");
            return;
        }
        if (store.holds(article.id(), mapper.digest(article))) {
            // Stored from this very input already: nothing to analyse, nothing to write.
            read++;
            analysed++;
            return;
        }
        inFlight.addLast(new Pending(article, pool.submit(withPermit(() -> workers.get().process(article)))));
    }

    private void skip(String origin, String kind, String detail) {
        skipped.merge(kind, 1L, Long::sum);
        listener.skipped(origin, kind, detail);
    }

    private void collect(Pending p) {
        read++;
        try {
            batch.add(p.result().get());
            analysed++;
            if (batch.size() >= batchSize) {
                submit(false);
            }
        } catch (ExecutionException e) {
            failed++;
            Throwable cause = e.getCause();
            listener.failure(p.article().origin() + " (id " + p.article().id() + ")", "extract",
                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("ingest interrupted", e);
        }
    }

    /**
     * Hands a parcel to the writer, to commit when it closes its batch or is the {@code last}; waits only when the
     * writer is a whole parcel behind.
     */
    private void submit(boolean last) {
        if (batch.isEmpty() && (!last || batchesOpen == 0)) {
            return;
        }
        List<ArticleQuads> full = List.copyOf(batch);
        batch.clear();
        batchesOpen++;
        int parcels = Math.min(LARGEST_BATCH, Math.max(1, batchesSubmitted / GROUPING));
        boolean commit = last || batchesOpen >= parcels;
        batchesSubmitted++;
        if (commit) {
            batchesOpen = 0;
        }
        writes.addLast(new Write(read, commit, writer.submit(withPermit(() -> {
            long t0 = System.nanoTime();
            int n = store.write(full, commit);
            timer.record(StageTimer.Stage.STORE, System.nanoTime() - t0);
            return n;
        }))));
        while (writes.size() > 1) {
            awaitWrite(writes.removeFirst());
        }
    }

    /** After a failure the writer thread may hold a batch it never committed: it must not stay open. */
    private void abandonOpenWrite() {
        try {
            writer.submit(store::abandonWrite).get();
        } catch (ExecutionException e) {
            throw new NewsGraphException("abandoning the open write failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitWrite(Write write) {
        try {
            written += write.result().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new NewsGraphException("writing a batch failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("ingest interrupted", e);
        }
        if (write.commits()) {
            listener.progress(write.readBefore(), write.readBefore() / Math.max(seconds(), 1e-9));
        }
    }

    private <T> Callable<T> withPermit(Callable<T> task) {
        return () -> {
            runPermits.acquire();
            try {
                return task.call();
            } finally {
                runPermits.release();
            }
        };
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** A batch handed to the writer, with the count of articles read up to its end (for progress). */
    private record Write(long readBefore, boolean commits, Future<Integer> result) {
    }

    private record Pending(Article article, Future<ArticleQuads> result) {
    }
}
