package org.newsgraph.store;

import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;

/**
 * The benchmark's writing reference, run by it in a JVM of its own: loads one N-Quads file into an empty store
 * with the loader {@code tdb2.tdbloader} uses by default (phased), timed from the start of the bulk load to its
 * end as the tool times it, and prints one line, {@code quads N seconds S}. The benchmark does not run
 * {@code tdb2.tdbloader} itself because the tool prints its timing only for loads longer than a second.
 */
public final class PhasedLoad {
    private PhasedLoad() {
    }

    /**
     * Arguments: the store folder and the N-Quads file. Exits explicitly: a failed load leaves the loader's index
     * threads waiting, and they would keep the JVM alive.
     */
    public static void main(String[] args) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(args[0]);
        DataLoader loader = LoaderFactory.createLoader(store, LoaderOps.outputToLog());
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(args[1]);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            e.printStackTrace();
            System.exit(1);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "quads %d seconds %.6f%n", loader.countQuads(), seconds);
        System.exit(0);
    }
}
