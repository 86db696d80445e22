package org.newsgraph.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;
import org.newsgraph.rdf.Vocab;

/**
 * DESCRIBE of a node also describes the evidence it is denoted by. Jena's own description stops at IRIs, and an
 * evidence node is one, so a researcher who described a person or a meeting saw evidence IRIs but not the
 * sentence each stands for; with this the sentence (nif:anchorOf), its offsets, confidence and rule come along.
 */
final class EvidenceDescribe implements DescribeHandler {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    private static final Node DENOTED_BY = Vocab.Gaf.denotedBy.asNode();

    private Model result;
    private DatasetGraph dataset;

    /** Adds the handler to Jena's (process-wide) list, beside its blank-node closure, once. */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            DescribeHandlerRegistry.get().add(EvidenceDescribe::new);
        }
    }

    @Override
    public void start(Model accumulateResultModel, Context context) {
        this.result = accumulateResultModel;
        Object current = context.get(ARQConstants.sysCurrentDataset);
        this.dataset = current instanceof Dataset ds ? ds.asDatasetGraph()
                : current instanceof DatasetGraph dsg ? dsg : null;
    }

    @Override
    public void describe(Resource resource) {
        if (dataset == null || !resource.isURIResource()) {
            return;
        }
        dataset.find(Node.ANY, resource.asNode(), DENOTED_BY, Node.ANY).forEachRemaining(this::addEvidence);
    }

    private void addEvidence(Quad denotation) {
        dataset.find(denotation.getGraph(), denotation.getObject(), Node.ANY, Node.ANY)
                .forEachRemaining(q -> result.getGraph().add(q.asTriple()));
    }

    @Override
    public void finish() {
        result = null;
        dataset = null;
    }
}
