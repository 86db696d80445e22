package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import org.newsgraph.store.Store;

/**
 * Writes a projection of the store for graph tools. The store is read with SPARQL SELECTs inside one read
 * transaction; raw triples are never dumped.
 *
 * <pre>{@code
 * try (Store store = Store.open(dir); OutputStream out = Files.newOutputStream(file)) {
 *     GraphExport.of(store).write(ExportRequest.of(ExportFormat.GEXF, GraphView.ACTORS), out);
 * }
 * }</pre>
 */
public interface GraphExport {
    static GraphExport of(Store store) {
        return new SparqlGraphExport(store);
    }

    /** Writes the requested graph to the stream (UTF-8), without closing it. */
    ExportSummary write(ExportRequest request, OutputStream out) throws IOException;
}
