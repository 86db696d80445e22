package org.newsgraph.nlp;

import java.util.Map;
import java.util.Set;

/**
 * Universal Dependencies parts of speech from NLP4J's Penn Treebank tags, so that the words the extractor reads
 * carry the tag set it was written for without a second tagger over the same words. Penn tags do not tell an
 * auxiliary from a main verb, nor a subordinator from a preposition; the word and the tag after it do.
 */
final class UniversalTags {
    private static final Map<String, String> BY_PENN = Map.ofEntries(
            Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"), Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"),
            Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"), Map.entry("AFX", "ADJ"),
            Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
            Map.entry("IN", "ADP"), Map.entry("RP", "ADP"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"),
            Map.entry("WDT", "DET"), Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"),
            Map.entry("WP$", "PRON"), Map.entry("EX", "PRON"), Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"),
            Map.entry("POS", "PART"), Map.entry("MD", "AUX"), Map.entry("UH", "INTJ"), Map.entry("SYM", "SYM"),
            Map.entry("$", "SYM"), Map.entry("#", "SYM"), Map.entry("FW", "X"), Map.entry("LS", "X"),
            Map.entry("ADD", "X"), Map.entry("GW", "X"), Map.entry("XX", "X"));
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "if", "whether", "although",
            "though", "while", "whereas", "unless", "once", "since", "as", "so");
    /** Verbs that are auxiliaries when a verb follows them: "has met", "did not meet". */
    private static final Set<String> AUXILIARIES = Set.of("have", "do");

    private UniversalTags() {
    }

    /**
     * The UD tag of word {@code i}, given every word's Penn tag and lemma in the sentence. "Be" is always an
     * auxiliary in UD English, as copula too; "to" is a particle before a verb, a preposition otherwise.
     */
    static String of(String[] penn, String[] lemmas, int i) {
        String tag = penn[i];
        String lemma = lemmas[i];
        if (tag.startsWith("VB")) {
            boolean auxiliary = lemma.equals("be") || AUXILIARIES.contains(lemma) && verbFollows(penn, i);
            return auxiliary ? "AUX" : "VERB";
        }
        if (tag.equals("TO")) {
            return i + 1 < penn.length && penn[i + 1].equals("VB") ? "PART" : "ADP";
        }
        if (tag.equals("RB") && (lemma.equals("not") || lemma.equals("n't"))) {
            return "PART";
        }
        if (tag.equals("IN") && SUBORDINATORS.contains(lemma) && i + 1 < penn.length && startsClause(penn[i + 1])) {
            return "SCONJ";
        }
        String ud = BY_PENN.get(tag);
        return ud != null ? ud : "PUNCT";
    }

    /** A verb within the next three words, past adverbs and a subject ("has not yet met", "did they meet"). */
    private static boolean verbFollows(String[] penn, int i) {
        for (int k = i + 1; k < penn.length && k <= i + 3; k++) {
            if (penn[k].startsWith("VB")) {
                return true;
            }
            if (!penn[k].startsWith("RB") && !penn[k].startsWith("PRP") && !penn[k].equals("NNP")) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsClause(String next) {
        return next.startsWith("PRP") || next.startsWith("NN") || next.startsWith("DT") || next.equals("EX");
    }
}
