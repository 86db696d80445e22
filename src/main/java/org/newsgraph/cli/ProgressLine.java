package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.IngestReport;
import org.newsgraph.LiveIngest;

/** Ingest messages on stderr: each warning and failure on its own line, progress after each batch. */
final class ProgressLine implements LiveIngest.Listener {
    private final PrintWriter err;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** A line saying what is loading, for {@code NewsGraph.Builder.progress}. */
    void loading(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void warning(String origin, String message) {
        err.println("warning: " + origin + ": " + message);
        err.flush();
    }

    @Override
    public void failure(String origin, String stage, String reason) {
        err.println("error: " + origin + ": " + reason + " (" + stage + "; skipped)");
        err.flush();
    }

    @Override
    public void progress(long done, double perSecond) {
        err.printf(Locale.ROOT, "progress: %d articles, %.1f articles/s%n", done, perSecond);
        err.flush();
    }

    /** One summary line per round of a watched folder. */
    @Override
    public void roundDone(IngestReport r) {
        err.printf(Locale.ROOT, "ingested %d articles in %.1f s: %d written, %d unchanged, %d failed, %d warnings%n",
                r.read(), r.seconds(), r.written(), r.unchanged(), r.failed(), r.warnings());
        err.flush();
    }

    @Override
    public void removed(List<String> articleIds) {
        err.println("removed " + articleIds.size() + (articleIds.size() == 1 ? " article whose file is" : " articles"
                + " whose files are") + " gone: " + String.join(", ", articleIds));
        err.flush();
    }

    /** Files of other types are counted, and named when asked, so that no article vanishes unexplained. */
    void skipped(List<Path> files, boolean list) {
        if (files.isEmpty()) {
            return;
        }
        if (list) {
            files.forEach(file -> err.println("skipped: " + file + " (not .txt, .jsonl, .html or .htm)"));
        }
        err.printf(Locale.ROOT, "skipped %d %s not articles by type (.txt, .jsonl, .html, .htm are read)%s%n",
                files.size(), files.size() == 1 ? "file that is" : "files that are",
                list ? "" : "; --verbose lists them");
        err.flush();
    }

    void summary(IngestReport r, Path db) {
        err.printf(Locale.ROOT, "ingested %d articles into %s in %.1f s: %d written, %d unchanged, %d failed,"
                + " %d warnings%n", r.read(), db, r.seconds(), r.written(), r.unchanged(), r.failed(), r.warnings());
        err.flush();
    }
}
