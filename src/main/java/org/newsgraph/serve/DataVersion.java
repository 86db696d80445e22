package org.newsgraph.serve;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The committed version of a dataset, for answers that stay valid until the next commit. TDB2 counts the write
 * transactions it has committed, whoever made them (the watched-folder ingest, SPARQL Update); other datasets
 * have no such count.
 */
final class DataVersion {
    private DataVersion() {
    }

    static Optional<LongSupplier> of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (!TDBInternal.isTDB2(dsg)) {
            return Optional.empty();
        }
        return Optional.of(() -> Txn.calculateRead(dataset, () ->
                TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion()));
    }
}
