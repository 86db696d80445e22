package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.PersonLinker;
import org.newsgraph.model.Document;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Token;

/**
 * Finds the entities, positions, meetings, measures and quotes of one annotated article. Thread-safe: one
 * extractor serves every worker.
 */
public interface Extractor {
    Extraction extract(Document document);

    /**
     * Whether a sentence, tagged but not yet parsed, may state a fact the extractor reads from its parse; the nlp
     * stage parses only those (parsing costs more than all the rest of the nlp stage).
     */
    default boolean worthParsing(List<Token> tokens) {
        return true;
    }

    /** The rule-based extractor over a knowledge base (build it once: it indexes every name). */
    static Extractor rules(KnowledgeBase kb) {
        return rules(kb, PersonLinker.NONE);
    }

    /**
     * The rule-based extractor over the bundled knowledge base, linking the people it does not hold with
     * {@code people}.
     */
    static Extractor rules(KnowledgeBase kb, PersonLinker people) {
        return new RuleBasedExtractor(kb, people);
    }
}
