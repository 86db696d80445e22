package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Store;

/** Reads the facts in one read transaction, projects them to the requested view and writes the format. */
final class SparqlGraphExport implements GraphExport {
    private final Store store;

    SparqlGraphExport(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ExportSummary write(ExportRequest request, OutputStream out) throws IOException {
        Objects.requireNonNull(request, "request");
        Facts facts = Txn.calculateRead(store.dataset(), () -> FactReader.read(store.dataset()));
        Network network = switch (request.view()) {
            case ACTORS -> ActorNetwork.build(facts, request);
            case EVENTS -> EventNetwork.build(facts, request);
        };
        GraphWriter.of(request.format()).write(network, out);
        return new ExportSummary(network.nodes().size(), network.edges().size());
    }
}
