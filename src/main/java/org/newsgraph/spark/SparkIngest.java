package org.newsgraph.spark;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.ingest.ArticleSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph-spark}: the ingest pipeline as a Spark job, for corpora one machine cannot analyse in useful
 * time. Run it with {@code spark-submit --class org.newsgraph.spark.SparkIngest newsgraph-spark.jar}; without a
 * master it runs in-process on all local cores. Exit code 1 if any article failed (the shards and manifest are
 * still complete), 2 for a usage error.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true, description = "Analyse articles (.txt with"
        + " .json sidecar, .jsonl, .html, .warc, .warc.gz; folders recursively; local, hdfs:// or s3a:// paths, globs"
        + " allowed) on Spark and write gzipped N-Quads shards, one block per article, plus manifest.json. Load them"
        + " with 'newsgraph load' or Jena's tdb2.xloader.")
public final class SparkIngest implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", required = true, description = "The folder for the shards and manifest.json;"
            + " it must not exist.")
    String output;

    @Option(names = "--partitions", description = "Partitions the articles are spread over, hence shards"
            + " (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--master", description = "Spark master, when not run by spark-submit (default local[*]).")
    String master;

    @Option(names = "--kb", paramLabel = "DIR", description = "An office-holders' knowledge base ('newsgraph kb"
            + " build'), at this path on every executor (ship it with spark-submit --archives).")
    String kb;

    @Option(names = "--max-article-size", defaultValue = "" + ArticleSource.DEFAULT_MAX_ARTICLE_BYTES,
            description = "Largest article in bytes (default 10 MB).")
    long maxArticleSize;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files, folders or globs.")
    List<String> inputs = new ArrayList<>();

    public static void main(String[] args) {
        JdkStax.choose();
        System.exit(new CommandLine(new SparkIngest()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1");
        }
        SparkConf conf = new SparkConf().setAppName("newsgraph");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            // Spark's progress lines would bury the job's own errors and summary; the Spark UI shows the progress
            sc.setLogLevel("WARN");
            Path out = new Path(output);
            if (out.getFileSystem(sc.hadoopConfiguration()).exists(out)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + " exists; the job"
                        + " writes a new folder (remove it, or name another)");
            }
            int n = partitions != null ? partitions : 4 * sc.defaultParallelism();
            JobSettings settings = new JobSettings(maxArticleSize, kb, Instant.now());
            Manifest manifest = new SparkJob(sc, settings, n).run(inputs, output);
            report(manifest);
            return manifest.hasFailures() ? 1 : 0;
        }
    }

    private void report(Manifest m) {
        PrintWriter err = spec.commandLine().getErr();
        m.failures().forEach(f -> err.println("error: " + f.origin() + ": " + f.reason() + " (" + f.stage()
                + "; skipped)"));
        err.printf(Locale.ROOT, "analysed %d articles from %d files in %.1f s (%.2f articles/s; the models loaded in"
                        + " %.1f s): %d written (%d quads), %d failed, %d skipped on purpose; shards and manifest.json"
                        + " in %s%n", m.tally().read(), m.files(), m.seconds(),
                m.tally().read() / Math.max(m.seconds(), 1e-9), m.tally().modelSeconds(), m.tally().written(),
                m.tally().quads(), m.tally().failed(),
                m.tally().skipped().values().stream().mapToLong(Long::longValue).sum(), output);
        err.flush();
    }
}
