package org.newsgraph.nlp;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** The OpenNLP {@code *ME} classes called one after the other, as their own documentation shows. */
final class OpenNlpRawStages implements RawNlp {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    OpenNlpRawStages(SentenceDetectorME sentenceDetector, TokenizerME tokenizer, POSTaggerME tagger,
                     LemmatizerME lemmatizer) {
        this.sentenceDetector = sentenceDetector;
        this.tokenizer = tokenizer;
        this.tagger = tagger;
        this.lemmatizer = lemmatizer;
    }

    @Override
    public int run(String text) {
        int tokens = 0;
        for (String sentence : sentenceDetector.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            String[] tags = tagger.tag(words);
            lemmatizer.lemmatize(words, tags);
            tokens += words.length;
        }
        return tokens;
    }
}
