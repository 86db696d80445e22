package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.store.Store;

/** A store on disk holding the ingested {@code samples/}, for the tests that ask it questions. */
final class SampleStore {
    private SampleStore() {
    }

    /** Opens a store in {@code dir} and ingests the samples into it; every sample must be written. */
    static Store ingested(Path dir) {
        Store store = Store.open(dir.resolve("db"));
        IngestReport report = NewsGraph.builder().threads(2).build()
                .ingest(List.of(Path.of("samples")), store, IngestListener.SILENT);
        assertEquals(0, report.failed());
        return store;
    }
}
