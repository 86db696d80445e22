package org.newsgraph.extract;

import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Document;
import org.newsgraph.model.Extraction;

/**
 * Finds the entities, positions, meetings, measures and quotes of one annotated article. Thread-safe: one
 * extractor serves every worker.
 */
public interface Extractor {
    Extraction extract(Document document);

    /** The rule-based extractor over a knowledge base (build it once: it indexes every name). */
    static Extractor rules(KnowledgeBase kb) {
        return new RuleBasedExtractor(kb);
    }
}
