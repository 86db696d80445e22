package org.newsgraph.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

/**
 * Replaces one article inside a write transaction: its graph and metadata go, the new ones come, and shared
 * descriptions (entities, positions, runs) that no article refers to any more are removed, so that the store
 * holds exactly what a fresh ingest of the current articles would.
 */
final class ArticleReplacement {
    private static final Node ENTITIES = NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node META = NodeFactory.createURI(Iris.META_GRAPH);
    private static final Node DERIVED_FROM = Vocab.Prov.wasDerivedFrom.asNode();
    private static final Node GENERATED_BY = Vocab.Prov.wasGeneratedBy.asNode();

    private final DatasetGraph dsg;
    private final ArticleQuads article;
    private final Node graph;

    ArticleReplacement(DatasetGraph dsg, ArticleQuads article) {
        this.dsg = dsg;
        this.article = article;
        this.graph = NodeFactory.createURI(article.graph());
    }

    void run() {
        Set<Node> oldReferences = nodesOf(graph);
        Set<Node> oldRuns = objects(META, graph, GENERATED_BY);
        removeOld();
        article.facts().forEach(dsg::add);
        article.meta().forEach(dsg::add);
        article.entities().forEach(this::addDescription);
        if (!oldReferences.isEmpty()) {
            // A first ingest has nothing to clean up; reading its new graph back would double its cost.
            oldReferences.removeAll(nodesOf(graph));
            removeUnreferencedDescriptions(oldReferences);
        }
        oldRuns.forEach(this::removeRunIfUnused);
    }

    private void removeOld() {
        for (Node source : objects(META, graph, DERIVED_FROM)) {
            dsg.deleteAny(META, source, Node.ANY, Node.ANY);
            for (Node text : subjects(META, DERIVED_FROM, source)) {
                dsg.deleteAny(META, text, Node.ANY, Node.ANY);
            }
        }
        dsg.deleteAny(META, graph, Node.ANY, Node.ANY);
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    /** One name per node whatever order articles arrive in: of two spellings the smaller one stays. */
    private void addDescription(Quad q) {
        if (ArticleQuads.ONE_PER_NODE.contains(q.getPredicate())) {
            Iterator<Quad> existing = dsg.find(ENTITIES, q.getSubject(), q.getPredicate(), Node.ANY);
            if (existing.hasNext()) {
                Quad old = existing.next();
                if (old.getObject().getLiteralLexicalForm().compareTo(q.getObject().getLiteralLexicalForm()) <= 0) {
                    return;
                }
                dsg.delete(old);
            }
        }
        dsg.add(q);
    }

    /** Entity and position descriptions stay while an article graph, or a position, points at them. */
    private void removeUnreferencedDescriptions(Set<Node> candidates) {
        for (int pass = 0; pass < 2; pass++) {
            for (Node n : List.copyOf(candidates)) {
                if (dsg.contains(ENTITIES, n, Node.ANY, Node.ANY) && !referenced(n)) {
                    dsg.deleteAny(ENTITIES, n, Node.ANY, Node.ANY);
                    candidates.remove(n);
                }
            }
        }
    }

    private boolean referenced(Node n) {
        Iterator<Quad> asSubject = dsg.find(Node.ANY, n, Node.ANY, Node.ANY);
        while (asSubject.hasNext()) {
            Node g = asSubject.next().getGraph();
            if (!g.equals(ENTITIES) && !g.equals(META)) {
                return true;
            }
        }
        Iterator<Quad> asObject = dsg.find(Node.ANY, Node.ANY, Node.ANY, n);
        while (asObject.hasNext()) {
            if (!asObject.next().getGraph().equals(META)) {
                return true;
            }
        }
        return false;
    }

    private void removeRunIfUnused(Node run) {
        if (!dsg.find(META, Node.ANY, GENERATED_BY, run).hasNext()) {
            dsg.deleteAny(META, run, Node.ANY, Node.ANY);
        }
    }

    private Set<Node> nodesOf(Node g) {
        Set<Node> out = new HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            out.add(q.getSubject());
            if (q.getObject().isURI()) {
                out.add(q.getObject());
            }
        });
        return out;
    }

    private Set<Node> objects(Node g, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private Set<Node> subjects(Node g, Node p, Node o) {
        Set<Node> out = new HashSet<>();
        dsg.find(g, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }
}
