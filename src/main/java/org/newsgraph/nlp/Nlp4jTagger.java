package org.newsgraph.nlp;

import edu.emory.mathcs.nlp.component.morph.MorphAnalyzer;
import edu.emory.mathcs.nlp.component.morph.english.EnglishMorphAnalyzer;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Token;

/**
 * Runs NLP4J over tokens that OpenNLP found, so that every tag and arc keeps the token's offsets: Penn tags (and
 * the Universal ones read from them), lemmas and named entities on every sentence, dependency arcs on those the
 * filter picks, which reads the tagged words.
 */
final class Nlp4jTagger {
    /**
     * A longer "sentence" is a list, a table or text without full stops; the parser's arcs over it would mean
     * nothing and its cost grows with the length.
     */
    static final int LONGEST_PARSED_SENTENCE = 150;
    /**
     * Verbs whose base NLP4J's analyzer spells the British way with one "l" ("installed" becomes "instal"), as
     * the lexicons, written with the "ll" forms, do not.
     */
    private static final java.util.Map<String, String> SINGLE_L = java.util.Map.of("instal", "install", "enrol",
            "enroll", "fulfil", "fulfill", "distil", "distill", "instil", "instill", "enthral", "enthrall");
    /** NLP4J's dictionary of English inflections, asked for the singular of a capitalized plural. */
    private static final MorphAnalyzer NOUNS = new EnglishMorphAnalyzer();

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
        List<Token> tagged = tagged(tokens, nodes);
        if (tokens.size() > LONGEST_PARSED_SENTENCE || !filter.worthParsing(tagged)) {
            return tagged;
        }
        components.parse(nodes);
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tagged.size(); i++) {
            Token t = tagged.get(i);
            NLPNode n = nodes[i + 1];
            int head = n.getDependencyHead() != null ? n.getDependencyHead().getID() - 1 : -1;
            String relation = n.getDependencyLabel() != null ? n.getDependencyLabel() : "";
            out.add(new Token(t.text(), t.start(), t.end(), t.pos(), t.lemma(), t.tag(), t.entity(), head, relation));
        }
        return out;
    }

    /** The tokens with NLP4J's Penn tags, their UD equivalents, lemmas and entity labels; no arcs yet. */
    private static List<Token> tagged(List<Token> tokens, NLPNode[] nodes) {
        String[] penn = new String[tokens.size()];
        String[] lemmas = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            penn[i] = nodes[i + 1].getPartOfSpeechTag();
            lemmas[i] = lemmaOf(tokens.get(i), nodes[i + 1]);
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String entity = nodes[i + 1].getNamedEntityTag() == null ? "O" : nodes[i + 1].getNamedEntityTag();
            out.add(new Token(t.text(), t.start(), t.end(), UniversalTags.of(penn, lemmas, i), lemmas[i], penn[i],
                    entity, -1, ""));
        }
        return out;
    }

    /**
     * NLP4J's lemma of a word. Its analyzer folds digits ("2024" becomes "0") and lowercases names; a number, a
     * symbol and a proper noun keep their spelling, but for a capitalized plural of a common noun ("Member
     * States"), and a word it has no lemma for is its lowercased self.
     */
    private static String lemmaOf(Token t, NLPNode n) {
        String lemma = n.getLemma();
        String penn = n.getPartOfSpeechTag();
        if (penn.startsWith("NNP")) {
            String lower = t.text().toLowerCase(java.util.Locale.ROOT);
            String singular = lower.endsWith("s") ? NOUNS.lemmatize(lower, "NNS") : lower;
            return singular.equals(lower) ? t.text() : singular;
        }
        boolean word = lemma != null && !lemma.isEmpty() && lemma.chars().allMatch(c -> Character.isLetter(c)
                || c == '\'' || c == '-');
        return word ? SINGLE_L.getOrDefault(lemma, lemma) : t.text().toLowerCase(java.util.Locale.ROOT);
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
