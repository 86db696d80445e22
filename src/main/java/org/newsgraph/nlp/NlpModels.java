package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;

/**
 * The NLP models, loaded once per process and shared: OpenNLP's English models (UD English-EWT) for sentences and
 * tokens, NLP4J's for Penn tags, lemmas, named entities and dependencies. Models are thread-safe; the OpenNLP
 * {@code *ME} classes built on them are not, so each {@link #newAnnotator} makes its own.
 */
public final class NlpModels {
    /** Identifies the models in the provenance of every article graph. */
    public static final String MODEL_ID = "opennlp-en-ud-ewt-1.3-2.5.4+nlp4j-en-1.1.3";
    /** What loading costs, for the message that announces it; measured on a 2-core machine. */
    static final String LOAD_COST = "about 2 GB of heap, 20-60 s";

    private static NlpModels shared;
    private static double loadSeconds;

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final Nlp4jComponents nlp4j;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, Nlp4jComponents nlp4j) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.nlp4j = nlp4j;
    }

    /** The process's models, loading them on first use. */
    public static NlpModels load() {
        return load(message -> { });
    }

    /**
     * The process's models, loading them on first use (each model on a thread of its own) and telling
     * {@code progress} what is loading and how long it took.
     */
    public static synchronized NlpModels load(Consumer<String> progress) {
        if (shared == null) {
            progress.accept("loading the NLP models: OpenNLP sentences and tokens; NLP4J tags, lemmas, named "
                    + "entities and dependency parser (" + LOAD_COST + ") ...");
            long t0 = System.nanoTime();
            shared = read();
            loadSeconds = (System.nanoTime() - t0) / 1e9;
            progress.accept(String.format(java.util.Locale.ROOT, "NLP models loaded in %.1f s", loadSeconds));
        }
        return shared;
    }

    /** How long this process took to load the models (the start-up every ingest pays). */
    public static synchronized double loadSeconds() {
        return loadSeconds;
    }

    private static NlpModels read() {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            var sentence = CompletableFuture.supplyAsync(() -> read("sentence", SentenceModel::new), pool);
            var token = CompletableFuture.supplyAsync(() -> read("tokens", TokenizerModel::new), pool);
            Nlp4jComponents nlp4j = Nlp4jComponents.load(pool);
            return new NlpModels(sentence.join(), token.join(), nlp4j);
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof NewsGraphException n ? n
                    : new NewsGraphException("cannot load the NLP models: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A new annotator for one worker thread; the parser reads the sentences the filter picks. */
    public Annotator newAnnotator(ParseFilter filter) {
        return new Nlp4jAnnotator(newTokenAnnotator(), new Nlp4jTagger(nlp4j, filter));
    }

    /** A new annotator that parses every sentence. */
    public Annotator newAnnotator() {
        return newAnnotator(ParseFilter.ALL);
    }

    /** OpenNLP alone: sentences and words, untagged (NLP4J tags them). */
    public Annotator newTokenAnnotator() {
        return new OpenNlpAnnotator(sentences, tokens);
    }

    /** The two OpenNLP stages run bare, without the annotator's handling: a benchmark baseline. */
    public RawNlp newRawNlp() {
        return new OpenNlpRawStages(new SentenceDetectorME(sentences), new TokenizerME(tokens));
    }

    /** NLP4J's own tokenizer, tagger and entity recognizer run bare: the baseline of the benchmark. */
    public RawNlp newRawNlp4j() {
        return new Nlp4jRawStages(nlp4j);
    }

    /** An OpenNLP model by its resource name (the model jars' model.properties collide in a fat jar). */
    private static <T> T read(String kind, ModelReader<T> reader) {
        String resource = "opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin";
        InputStream in = NlpModels.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new NewsGraphException("OpenNLP model " + resource + " is not on the classpath");
        }
        try (in) {
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsGraphException("cannot read the OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }
}
