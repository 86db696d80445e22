package org.newsgraph.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** The OpenNLP {@code *ME} classes the pipeline uses, called one after the other as their documentation shows. */
final class OpenNlpRawStages implements RawNlp {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;

    OpenNlpRawStages(SentenceDetectorME sentenceDetector, TokenizerME tokenizer) {
        this.sentenceDetector = sentenceDetector;
        this.tokenizer = tokenizer;
    }

    @Override
    public int run(String text) {
        int tokens = 0;
        for (String sentence : sentenceDetector.sentDetect(text)) {
            tokens += tokenizer.tokenize(sentence).length;
        }
        return tokens;
    }
}
