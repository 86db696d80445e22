package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SkippedFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "ingest", description = "Read articles (.txt with .json sidecar, .jsonl, .html, .warc,"
        + " .warc.gz; folders recursively; RSS and Atom feeds with --feed) and store their facts. Exit code 1 if any"
        + " article failed.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--db", required = true, description = "The TDB2 store folder (created if missing).")
    Path db;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch-size", defaultValue = "" + NewsGraph.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-article-size", defaultValue = "" + ArticleSource.DEFAULT_MAX_ARTICLE_BYTES,
            description = "Largest article in bytes (default 10 MB).")
    long maxArticleSize;

    @CommandLine.Mixin
    KbOption kb;

    @Option(names = "--feed", paramLabel = "URL|FILE", description = "An RSS or Atom feed, by http(s) URL or file;"
            + " each item is an article. May be given more than once, with or without PATH.")
    List<String> feeds = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // checked before the store is opened, so a mistyped number or path leaves no store folder behind
        Usage.atLeastOne(spec, "--threads", threads == null ? 1 : threads);
        Usage.atLeastOne(spec, "--batch-size", batchSize);
        Usage.atLeastOne(spec, "--max-article-size", maxArticleSize);
        Usage.storeFolder(spec, db);
        if (paths.isEmpty() && feeds.isEmpty()) {
            throw Usage.error(spec, "nothing to read: give a PATH (file or folder) or a feed with --feed URL|FILE");
        }
        for (Path path : paths) {
            Usage.exists(spec, "PATH", path);
        }
        feeds.forEach(feed -> Usage.feed(spec, "--feed", feed));
        NewsGraph.Builder builder = NewsGraph.builder().batchSize(batchSize).maxArticleBytes(maxArticleSize)
                .progress(new ProgressLine(spec.commandLine().getErr())::loading);
        if (threads != null) {
            builder.threads(threads);
        }
        kb.apply(builder, spec);
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), main != null && main.verbose);
        IngestReport report = NewStoreFolder.use(db, store -> builder.build().ingest(paths, feeds, store, progress));
        progress.summary(report, db);
        progress.skipped(SkippedFiles.under(paths), main != null && main.verbose);
        return report.hasFailures() ? 1 : 0;
    }
}
