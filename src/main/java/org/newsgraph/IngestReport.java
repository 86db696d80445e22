package org.newsgraph;

/**
 * The outcome of an ingest run.
 *
 * @param read      articles read and analysed
 * @param written   articles whose graph was written (new or changed)
 * @param unchanged articles already stored with the same text and metadata
 * @param failed    articles skipped because they could not be read or analysed
 * @param warnings  warnings about metadata (articles stored without it)
 * @param seconds   wall-clock time of the run
 */
public record IngestReport(long read, long written, long unchanged, long failed, long warnings, double seconds) {
    public boolean hasFailures() {
        return failed > 0;
    }
}
