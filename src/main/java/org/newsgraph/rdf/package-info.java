/**
 * Extraction results to quads: IRI minting, the vocabulary constants of {@code ontology/}, SHACL validation.
 * In: Extraction records. Out: Jena quads, one named graph per article plus entity and metadata graphs.
 */
package org.newsgraph.rdf;
