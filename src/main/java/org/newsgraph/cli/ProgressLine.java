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
    private final boolean verbose;

    ProgressLine(PrintWriter err) {
        this(err, false);
    }

    /** {@code verbose}: also a line for each item skipped on purpose (a web archive has many). */
    ProgressLine(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
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
    public void skipped(String origin, String kind, String detail) {
        if (verbose) {
            err.println("skipped: " + origin + ": " + kind + " (" + detail + ")");
            err.flush();
        }
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
        skippedItems(r);
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
            files.forEach(file -> err.println("skipped: " + file + " (not .txt, .jsonl, .html, .htm, .warc or .warc.gz)"));
        }
        err.printf(Locale.ROOT, "skipped %d %s not articles by type (.txt, .jsonl, .html, .htm, .warc, .warc.gz are read)%s%n",
                files.size(), files.size() == 1 ? "file that is" : "files that are",
                list ? "" : "; --verbose lists them");
        err.flush();
    }

    void summary(IngestReport r, Path db) {
        err.printf(Locale.ROOT, "ingested %d articles into %s in %.1f s: %d written, %d unchanged, %d failed,"
                + " %d warnings%n", r.read(), db, r.seconds(), r.written(), r.unchanged(), r.failed(), r.warnings());
        skippedItems(r);
        err.flush();
    }

    /** "skipped 5 items: 2 redirect, 1 not HTML, ..." by kind, most frequent first; nothing when none was. */
    private void skippedItems(IngestReport r) {
        if (r.skipped().isEmpty()) {
            return;
        }
        StringBuilder kinds = new StringBuilder();
        r.skipped().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getValue()).append(' ')
                        .append(e.getKey()));
        long total = r.skippedTotal();
        err.printf(Locale.ROOT, "skipped %d %s on purpose: %s%s%n", total, total == 1 ? "item" : "items", kinds,
                verbose ? "" : "; --verbose lists them");
    }
}
