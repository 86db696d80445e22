package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.ShardLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "load", description = "Load the N-Quads shards the Spark job"
        + " (newsgraph-spark) wrote into a store, article by article as ingest writes them: a re-loaded article"
        + " replaces its earlier facts, an unchanged one is left as it is. Exit code 1 if any block failed.")
final class LoadCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, description = "The TDB2 store folder (created if missing).")
    Path db;

    @Option(names = "--batch-size", defaultValue = "" + NewsGraph.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Parameters(arity = "1..*", paramLabel = "SHARDS", description = "Shard files (.nq, .gz) or the job's output"
            + " folders.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Usage.atLeastOne(spec, "--batch-size", batchSize);
        Usage.storeFolder(spec, db);
        for (Path path : paths) {
            Usage.exists(spec, "SHARDS", path);
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        ShardLoad.Report report = NewStoreFolder.use(db, store -> ShardLoad.load(paths, store, batchSize,
                (origin, reason) -> {
                    err.println("error: " + origin + ": " + reason + " (skipped)");
                    err.flush();
                }));
        err.printf(Locale.ROOT, "loaded %d articles from %d shard files into %s in %.1f s: %d written,"
                        + " %d unchanged, %d failed%n", report.articles(), report.files(), db,
                (System.nanoTime() - started) / 1e9, report.written(), report.articles() - report.written(),
                report.failed());
        err.flush();
        return report.failed() > 0 ? 1 : 0;
    }
}
