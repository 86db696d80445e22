package org.newsgraph.store;

/**
 * Checks a store against newsgraph's rules: the SHACL shapes of {@code ontology/shapes.ttl} over the union of all
 * graphs, and the rules that hold only per article graph (exactly one status per meeting and measure, as a meeting
 * merged from two articles may be planned in one and happened in the other).
 */
public interface StoreValidator {
    /** The validator with the shapes packed in the jar at {@code /ontology/shapes.ttl}. */
    static StoreValidator bundled() {
        return ShaclStoreValidator.bundled();
    }

    ValidationResult validate(Store store);
}
