package org.newsgraph;

/** Hears what an ingest run meets: a warning about metadata, an article that failed, and progress. */
public interface IngestListener {
    void warning(String origin, String message);

    /** An article was skipped: where it came from, at which stage, and why. */
    void failure(String origin, String stage, String reason);

    /**
     * An item was passed over on purpose (a web archive's request record, a redirect, a page in another
     * language): where it came from, the kind reports count by, and a detail.
     */
    default void skipped(String origin, String kind, String detail) {
    }

    /** Called after each committed batch. */
    void progress(long articlesDone, double articlesPerSecond);

    IngestListener SILENT = new IngestListener() {
        @Override
        public void warning(String origin, String message) {
        }

        @Override
        public void failure(String origin, String stage, String reason) {
        }

        @Override
        public void progress(long articlesDone, double articlesPerSecond) {
        }
    };
}
