package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.Store;

/** The pipeline store's quads exported as N-Quads and bulk-loaded into an empty store: the writing reference. */
final class LoaderRun {
    private LoaderRun() {
    }

    static BenchReport.Loader measure(Store store, Path nquads, Path emptyStore) {
        long t0 = System.nanoTime();
        long exported;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            exported = store.exportNQuads(out);
        } catch (IOException e) {
            throw new NewsGraphException("cannot write " + nquads + ": " + e.getMessage(), e);
        }
        long t1 = System.nanoTime();
        long loaded = Store.bulkLoad(nquads, emptyStore);
        long t2 = System.nanoTime();
        if (loaded != exported) {
            throw new NewsGraphException("the bulk loader loaded " + loaded + " of " + exported + " quads");
        }
        return new BenchReport.Loader(loaded, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
