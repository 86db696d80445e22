package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.model.Token;

/**
 * Which sentences the dependency parser reads. Parsing costs about twice what tagging and entity recognition
 * cost together, and only sentences that may state a fact need it; the extract stage knows which words can.
 */
@FunctionalInterface
public interface ParseFilter {
    /** Every sentence. */
    ParseFilter ALL = tokens -> true;

    /** Whether a sentence, tagged by OpenNLP but not yet parsed, is worth parsing. */
    boolean worthParsing(List<Token> tokens);
}
