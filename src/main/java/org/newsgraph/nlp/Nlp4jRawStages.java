package org.newsgraph.nlp;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.component.tokenizer.Tokenizer;
import edu.emory.mathcs.nlp.component.tokenizer.token.Token;
import java.util.List;

/**
 * NLP4J as its own decoder runs it, without parsing: its tokenizer and sentence splitter, the lexica, the tagger,
 * the morphological analyzer and the entity recognizer. The benchmark's baseline for the pipeline.
 */
final class Nlp4jRawStages implements RawNlp {
    private final Tokenizer tokenizer = NLPUtils.createTokenizer(Language.ENGLISH);
    private final Nlp4jComponents components;

    Nlp4jRawStages(Nlp4jComponents components) {
        this.components = components;
    }

    @Override
    public int run(String text) {
        int tokens = 0;
        for (List<Token> sentence : tokenizer.segmentize(text)) {
            NLPNode[] nodes = new NLPNode[sentence.size() + 1];
            nodes[0] = new NLPNode().toRoot();
            for (int i = 0; i < sentence.size(); i++) {
                nodes[i + 1] = new NLPNode(i + 1, sentence.get(i).getWordForm());
            }
            components.tag(nodes);
            tokens += sentence.size();
        }
        return tokens;
    }
}
