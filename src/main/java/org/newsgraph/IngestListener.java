package org.newsgraph;

/** Hears what an ingest run meets: a warning about metadata, an article that failed, and progress. */
public interface IngestListener {
    void warning(String origin, String message);

    /** An article was skipped: where it came from, at which stage, and why. */
    void failure(String origin, String stage, String reason);

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
