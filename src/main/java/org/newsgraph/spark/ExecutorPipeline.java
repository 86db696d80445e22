package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.NewsGraph;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.LanguageFilter;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.ArticleBlocks;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.QuadMapper;

/**
 * The pipeline of one executor: the NLP models and the knowledge base are loaded once per JVM (the models take
 * tens of seconds and about 2 GB), then every task thread analyses with OpenNLP instances of its own, as ingest's
 * worker threads do.
 */
final class ExecutorPipeline {
    /** The pipeline of the job this executor last worked for; a later job with other settings replaces it. */
    private static ExecutorPipeline current;

    private final JobSettings settings;
    private final NewsGraph graph;
    private final QuadMapper mapper;
    private final ThreadLocal<NewsGraph.Worker> workers;
    private final ThreadLocal<LanguageFilter> languages;
    private final double loadSeconds;
    private final java.util.concurrent.atomic.AtomicBoolean loadReported = new java.util.concurrent.atomic.AtomicBoolean();

    private ExecutorPipeline(JobSettings settings) {
        JdkStax.choose();
        long started = System.nanoTime();
        this.settings = settings;
        NewsGraph.Builder builder = NewsGraph.builder().threads(1).maxArticleBytes(settings.maxArticleBytes());
        if (settings.kb() != null) {
            try {
                builder.officeHolders(OfficeHolders.load(Path.of(settings.kb())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the knowledge base " + settings.kb() + " on this"
                        + " executor", e);
            }
        }
        this.graph = builder.build();
        this.mapper = QuadMapper.of(NewsGraph.VERSION, NlpModels.MODEL_ID, settings.runTime());
        this.workers = ThreadLocal.withInitial(() -> graph.newWorker(mapper));
        this.languages = ThreadLocal.withInitial(graph::newLanguageFilter);
        this.loadSeconds = (System.nanoTime() - started) / 1e9;
    }

    /** How long loading took, once per pipeline (the first caller gets it, later ones nothing). */
    Optional<Outcome> loadOnce() {
        return loadReported.compareAndSet(false, true) ? Optional.of(new Outcome.Loaded(loadSeconds))
                : Optional.empty();
    }

    /** The pipeline for these settings, loaded by the first task thread that asks; the others wait for it. */
    static synchronized ExecutorPipeline of(JobSettings settings) {
        if (current == null || !current.settings.equals(settings)) {
            current = new ExecutorPipeline(settings);
        }
        return current;
    }

    /** What analysing one read article gives: its block, or why it was skipped or failed. */
    Outcome analyse(Outcome.Read read) {
        Article article = read.article();
        String origin = article.origin() + " (id " + article.id() + ")";
        Optional<String> language = languages.get().otherLanguage(article.text());
        if (language.isPresent()) {
            return new Outcome.Skipped(origin, "not English (" + language.get() + ")");
        }
        try {
            return analysed(workers.get().process(article), read.warnings().size());
        } catch (RuntimeException e) {
            // one article's failure is reported in the manifest; the job goes on with the others
            return new Outcome.Failed(origin, "extract", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Outcome.Analysed analysed(ArticleQuads quads, int warnings) {
        ArticleBlocks.Split split = ArticleBlocks.split(quads);
        return new Outcome.Analysed(quads.articleId(), split.block(), split.names(), quads.size(), warnings);
    }
}
