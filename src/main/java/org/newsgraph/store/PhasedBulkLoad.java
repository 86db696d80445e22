package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.NewsGraphException;

/** What {@code tdb2.tdbloader --loc DIR FILE.nq} does with its default loader, in this process and silently. */
final class PhasedBulkLoad {
    private PhasedBulkLoad() {
    }

    static long load(Path nquads, Path folder) {
        try {
            Files.createDirectories(folder);
            try (var files = Files.list(folder)) {
                if (files.findAny().isPresent()) {
                    throw new NewsGraphException("the bulk loader needs an empty folder, " + folder + " is not");
                }
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot prepare " + folder + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(folder));
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> {
            });
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads();
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }
}
