package org.newsgraph;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.FeedWatch;
import org.newsgraph.ingest.FolderWatch;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.link.PersonLinker;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Extraction;
import org.newsgraph.nlp.LanguageFilter;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.ParseFilter;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.QuadMapper;
import org.newsgraph.store.Store;

/**
 * The facade: wires ingest, nlp, extract, link, rdf and store. Build one per process; it loads the OpenNLP
 * models and the knowledge base once.
 *
 * <pre>{@code
 * try (Store store = Store.open(dir)) {
 *     IngestReport r = NewsGraph.builder().threads(2).build().ingest(List.of(folder), store, listener);
 * }
 * }</pre>
 */
public final class NewsGraph {
    /** The software version written into every article graph's provenance. */
    public static final String VERSION = "0.1.0";

    /**
     * Articles per write transaction unless told otherwise. Each commit forces the store's index files to disk,
     * so fewer, larger commits write faster (on the benchmark corpus 200 articles, about 90,000 quads, wrote a
     * fifth faster than 50); the batches waiting for the writer stay a few tens of megabytes.
     */
    public static final int DEFAULT_BATCH_SIZE = 200;

    private final NlpModels models;
    private final Extractor extractor;
    private final int threads;
    private final int batchSize;
    private final long maxArticleBytes;
    private final StageTimer timer;
    private final boolean englishOnly;

    private NewsGraph(Builder b) {
        this.models = NlpModels.load(b.progress);
        this.englishOnly = b.englishOnly;
        if (englishOnly) {
            // loaded here rather than by the first ingest, so that a missing model fails at start-up
            LanguageFilter.openNlp();
        }
        PersonLinker offline = b.officeHolders == null ? PersonLinker.NONE : PersonLinker.of(b.officeHolders);
        this.extractor = Extractor.rules(KnowledgeBase.bundled(),
                b.online == null ? offline : PersonLinker.withFallback(offline, b.online));
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.maxArticleBytes = b.maxArticleBytes;
        this.timer = b.timer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How long a new or changed file of a watched folder must stay unchanged before it is read. */
    public static final Duration SETTLE = Duration.ofSeconds(1);
    /** How often a watched folder is rescanned when no change event arrives. */
    public static final Duration RESCAN = Duration.ofSeconds(5);

    /** Reads every article under the paths, extracts its facts and writes them to the store in batches. */
    public IngestReport ingest(List<Path> paths, Store store, IngestListener listener) {
        return ingest(ArticleSource.of(paths, maxArticleBytes), store, listener);
    }

    /** Reads every article under the paths, then every item of the feeds (RSS or Atom, by URL or file). */
    public IngestReport ingest(List<Path> paths, List<String> feeds, Store store, IngestListener listener) {
        ArticleSource files = ArticleSource.of(paths, maxArticleBytes);
        return ingest(feeds.isEmpty() ? files : ArticleSource.concat(files, ArticleSource.feeds(feeds,
                maxArticleBytes)), store, listener);
    }

    /** Reads every article of the source, extracts its facts and writes them to the store in batches. */
    public IngestReport ingest(ArticleSource source, Store store, IngestListener listener) {
        Objects.requireNonNull(store, "store");
        QuadMapper mapper = QuadMapper.of(VERSION, NlpModels.MODEL_ID, Instant.now());
        return new IngestRun(this, mapper, store, listener, threads, batchSize, timer).run(source);
    }

    /**
     * Ingests the articles of a folder (recursively) and then those that appear or change in it, on a thread of
     * its own, until the returned handle is closed. Articles are replaced by id, as a second ingest would.
     *
     * @throws IOException when the folder is not there or cannot be watched
     */
    public LiveIngest watch(Path folder, Store store, LiveIngest.Listener listener) throws IOException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(listener, "listener");
        return new WatchLoop(this, Rounds.of(FolderWatch.of(folder, maxArticleBytes, SETTLE, RESCAN)), store, listener,
                "newsgraph-watch").start();
    }

    /**
     * Polls RSS and Atom feeds (URLs or files) at an interval, on a thread of its own, and ingests the items not
     * read before, until the returned handle is closed. What was read is kept in {@code stateFile} across
     * restarts; a feed that fails a poll is a warning and is tried again at the next. With a folder watched on the
     * same store, the two take turns.
     */
    public LiveIngest watchFeeds(List<String> feeds, Duration interval, Path stateFile, Store store,
                                 LiveIngest.Listener listener) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(listener, "listener");
        FeedWatch watch = FeedWatch.of(feeds, interval, stateFile, maxArticleBytes,
                (feed, reason) -> listener.warning(feed, reason));
        return new WatchLoop(this, Rounds.of(watch), store, listener, "newsgraph-feeds").start();
    }

    /** One article through the nlp stage: its sentences with tags, entities and (where worth it) parses. */
    public Document annotate(Article article) {
        return models.newAnnotator(ParseFilter.ALL).annotate(article);
    }

    /** One article through nlp and extract, for tools that do not store (the benchmark, tests). */
    public Extraction extract(Article article) {
        return extractor.extract(models.newAnnotator(extractor::worthParsing).annotate(article));
    }

    /** A filter for one thread: OpenNLP's language detector, or none when the builder was told all is English. */
    public LanguageFilter newLanguageFilter() {
        return englishOnly ? LanguageFilter.openNlp() : LanguageFilter.NONE;
    }

    /**
     * A pipeline for one thread: its own OpenNLP instances, the shared extractor; each stage timed. Ingest gives
     * one to each worker thread, the Spark job one to each task thread of an executor.
     */
    public Worker newWorker(QuadMapper mapper) {
        var annotator = models.newAnnotator(extractor::worthParsing);
        return article -> {
            long t0 = System.nanoTime();
            Document document = annotator.annotate(article);
            long t1 = System.nanoTime();
            Extraction extraction = extractor.extract(document);
            long t2 = System.nanoTime();
            ArticleQuads quads = mapper.map(extraction);
            timer.record(StageTimer.Stage.NLP, t1 - t0);
            timer.record(StageTimer.Stage.EXTRACT, t2 - t1);
            timer.record(StageTimer.Stage.RDF, System.nanoTime() - t2);
            return quads;
        };
    }

    /** Analyses one article to the quads it contributes. Not thread-safe: one per worker thread. */
    public interface Worker {
        ArticleQuads process(Article article);
    }

    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private long maxArticleBytes = ArticleSource.DEFAULT_MAX_ARTICLE_BYTES;
        private StageTimer timer = StageTimer.NONE;
        private java.util.function.Consumer<String> progress = message -> { };
        private OfficeHolders officeHolders;
        private PersonLinker online;
        private boolean englishOnly = true;

        private Builder() {
        }

        /**
         * Whether articles surely in another language are skipped (and counted by language) rather than analysed
         * with the English models; true by default.
         */
        public Builder englishOnly(boolean englishOnly) {
            this.englishOnly = englishOnly;
            return this;
        }

        /** Hears what the build is loading (the NLP models take tens of seconds); silent by default. */
        public Builder progress(java.util.function.Consumer<String> progress) {
            this.progress = Objects.requireNonNull(progress, "progress must not be null");
            return this;
        }

        /** Hears the time each stage takes (the benchmark's hook); {@link StageTimer#NONE} by default. */
        public Builder stageTimer(StageTimer timer) {
            this.timer = Objects.requireNonNull(timer, "timer must not be null");
            return this;
        }

        /** Links the people the bundled knowledge base does not hold with an office-holders' knowledge base. */
        public Builder officeHolders(OfficeHolders kb) {
            this.officeHolders = Objects.requireNonNull(kb, "kb must not be null");
            return this;
        }

        /**
         * Asks this linker (Wikidata's search, when the user allows it) about the people whom no knowledge base has
         * any candidate for.
         */
        public Builder linkOnline(PersonLinker online) {
            this.online = Objects.requireNonNull(online, "online must not be null");
            return this;
        }

        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + n);
            }
            this.threads = n;
            return this;
        }

        /** Articles per write transaction, {@link #DEFAULT_BATCH_SIZE} by default. */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, was " + n);
            }
            this.batchSize = n;
            return this;
        }

        public Builder maxArticleBytes(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("max article size must be positive, was " + n);
            }
            this.maxArticleBytes = n;
            return this;
        }

        public NewsGraph build() {
            return new NewsGraph(this);
        }
    }
}
