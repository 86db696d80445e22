package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/** Articles' quads made by hand, shaped as the mapper shapes them, for tests that need no NLP models. */
public final class ArticleQuadsFixture {
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node META = NodeFactory.createURI(Iris.META_GRAPH);
    private static final Node NAME = Vocab.Schema.name.asNode();

    private ArticleQuadsFixture() {
    }

    /** A small article as the mapper shapes one: facts in its graph, a described entity, its metadata. */
    public static ArticleQuads article(String id, String personName) {
        Node graph = NodeFactory.createURI(Iris.articleGraph(id));
        Node art = NodeFactory.createURI(Iris.article(id));
        Node person = NodeFactory.createURI(Vocab.ID + "per-n-ada-okafor-0123456789");
        Node mentions = NodeFactory.createURI("https://schema.org/mentions");
        return new ArticleQuads(id, graph.getURI(), "digest-of-" + id,
                List.of(Quad.create(graph, art, mentions, person)),
                List.of(Quad.create(ENTITIES, person, NAME, NodeFactory.createLiteralString(personName)),
                        Quad.create(ENTITIES, person, NodeFactory.createURI(Vocab.WIKIDATA + "P31"),
                                NodeFactory.createURI(Vocab.WIKIDATA + "Q5"))),
                List.of(Quad.create(META, graph, Vocab.inputDigest.asNode(),
                        NodeFactory.createLiteralString("digest-of-" + id)),
                        Quad.create(META, graph, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                                NodeFactory.createLiteralString("Talks \"on\" trade\nresume — día 2"))));
    }
}
