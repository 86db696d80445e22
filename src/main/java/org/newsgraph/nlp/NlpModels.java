package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;

/**
 * The OpenNLP English models (UD English-EWT, from Maven Central), loaded once and shared; models are
 * thread-safe, the {@code *ME} classes built on them are not, so each {@link #newAnnotator()} makes its own.
 */
public final class NlpModels {
    /** Identifies the models in the provenance of every article graph. */
    public static final String MODEL_ID = "opennlp-en-ud-ewt-1.3-2.5.4";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;
    private final LemmatizerModel lemmas;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.lemmas = lemmas;
    }

    /** Loads the four models from the classpath (by resource name: their jars' model.properties collide). */
    public static NlpModels load() {
        try {
            return new NlpModels(
                    new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")),
                    new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new NewsGraphException("cannot load the OpenNLP models: " + e.getMessage(), e);
        }
    }

    /** A new annotator for one worker thread. */
    public Annotator newAnnotator() {
        return new OpenNlpAnnotator(sentences, tokens, pos, lemmas);
    }

    /** The same four stages run bare, without the annotator's handling: the benchmark's baseline. */
    public RawNlp newRawNlp() {
        return new OpenNlpRawStages(new SentenceDetectorME(sentences), new TokenizerME(tokens), new POSTaggerME(pos),
                new LemmatizerME(lemmas));
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new NewsGraphException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
