package org.newsgraph.nlp;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Token;

/**
 * Runs NLP4J over tokens that OpenNLP found, so that both libraries see the same words and every tag and arc keeps
 * the token's offsets: Penn tags and named entities on every sentence, dependency arcs on those the filter picks.
 */
final class Nlp4jTagger {
    /**
     * A longer "sentence" is a list, a table or text without full stops; the parser's arcs over it would mean
     * nothing and its cost grows with the length.
     */
    static final int LONGEST_PARSED_SENTENCE = 150;

    private final Nlp4jComponents components;
    private final ParseFilter filter;

    Nlp4jTagger(Nlp4jComponents components, ParseFilter filter) {
        this.components = components;
        this.filter = filter;
    }

    List<Token> annotate(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        NLPNode[] nodes = nodes(tokens);
        components.tag(nodes);
        boolean parse = tokens.size() <= LONGEST_PARSED_SENTENCE && filter.worthParsing(tokens);
        if (parse) {
            components.parse(nodes);
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            NLPNode n = nodes[i + 1];
            String entity = n.getNamedEntityTag() == null ? "O" : n.getNamedEntityTag();
            int head = parse && n.getDependencyHead() != null ? n.getDependencyHead().getID() - 1 : -1;
            String relation = parse && n.getDependencyLabel() != null ? n.getDependencyLabel() : "";
            out.add(new Token(t.text(), t.start(), t.end(), t.pos(), t.lemma(), n.getPartOfSpeechTag(), entity, head,
                    relation));
        }
        return out;
    }

    private static NLPNode[] nodes(List<Token> tokens) {
        NLPNode[] nodes = new NLPNode[tokens.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < tokens.size(); i++) {
            NLPNode n = new NLPNode();
            n.setID(i + 1);
            n.setWordForm(tokens.get(i).text());
            nodes[i + 1] = n;
        }
        return nodes;
    }
}
