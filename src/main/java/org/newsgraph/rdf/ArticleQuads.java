package org.newsgraph.rdf;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What one article contributes to the store: the quads of its own graph, the descriptions of the entities and
 * positions it names (for the shared entity graph) and its provenance and metadata (for the meta graph).
 *
 * @param articleId   the article id
 * @param graph       the IRI of the article's named graph
 * @param inputDigest digest of the text, metadata and extractor version: equal digests give equal quads
 * @param facts       quads in the article graph
 * @param entities    quads in {@code id:g-entities}
 * @param meta        quads in {@code id:g-meta}
 */
public record ArticleQuads(String articleId, String graph, String inputDigest, List<Quad> facts,
                           List<Quad> entities, List<Quad> meta) {
    /**
     * The predicates of which an entity node keeps one value however many articles describe it: of two spellings
     * the smaller one stays, whatever order the articles arrive in.
     */
    public static final Set<Node> ONE_PER_NODE = Set.of(Vocab.Schema.name.asNode(),
            org.apache.jena.vocabulary.SKOS.prefLabel.asNode());

    public ArticleQuads {
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        meta = List.copyOf(meta);
    }

    public int size() {
        return facts.size() + entities.size() + meta.size();
    }
}
