package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.rdf.ArticleBlocks;
import scala.Tuple2;

/**
 * The pipeline as a Spark job: the driver lists the input files; executors read them (a web archive yields
 * thousands of articles), the articles are spread evenly over the partitions, and each executor analyses its
 * share with models it loads once. Each article becomes one block of gzipped N-Quads, exactly what ingest would
 * write for it; one failed article is a line in the manifest, not a failed job.
 */
final class SparkJob {
    /** The most failures the manifest lists one by one; all are counted. */
    static final int LISTED_FAILURES = 10_000;

    private final JavaSparkContext sc;
    private final JobSettings settings;
    private final int partitions;

    SparkJob(JavaSparkContext sc, JobSettings settings, int partitions) {
        this.sc = sc;
        this.settings = settings;
        this.partitions = partitions;
    }

    /** Runs the job and writes the shards and {@code manifest.json} to {@code output}, which must not exist. */
    Manifest run(List<String> inputs, String output) throws IOException {
        long started = System.nanoTime();
        InputFiles.Listing listing = InputFiles.list(inputs, sc.hadoopConfiguration());
        JavaRDD<Outcome> outcomes = analyse(read(listing.files())).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Tally tally = outcomes.map(Tally::of).fold(Tally.none(), Tally::plus);
            List<Outcome.Failed> failures = new ArrayList<>(listing.missing());
            failures.addAll(outcomes.filter(o -> o instanceof Outcome.Failed).map(o -> (Outcome.Failed) o)
                    .take(LISTED_FAILURES));
            write(outcomes, output);
            Tally all = tally.plus(new Tally(0, 0, 0, listing.missing().size(), 0, Map.of(), 0));
            Manifest manifest = new Manifest(settings, inputs, listing.files().size(), partitions, all, failures,
                    (System.nanoTime() - started) / 1e9);
            manifest.writeTo(output, sc.hadoopConfiguration());
            return manifest;
        } finally {
            outcomes.unpersist();
        }
    }

    private JavaRDD<Outcome> read(List<InputFile> files) {
        Map<String, String> hadoop = new HashMap<>();
        sc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        long maxBytes = settings.maxArticleBytes();
        return sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
                .flatMap(file -> InputReading.of(file, maxBytes, hadoop));
    }

    /** Spreads the articles of few large files over all partitions, then analyses each partition's share. */
    private JavaRDD<Outcome> analyse(JavaRDD<Outcome> items) {
        JobSettings s = settings;
        return items.repartition(partitions).mapPartitions(it -> analysed(it, s));
    }

    /**
     * Static, so that the task carries the settings only, not the driver's job. The executor's first partition
     * starts with how long loading its models took.
     */
    private static Iterator<Outcome> analysed(Iterator<Outcome> items, JobSettings settings) {
        ExecutorPipeline pipeline = ExecutorPipeline.of(settings);
        Stream<Outcome> analysed = StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED), false).map(o -> o instanceof Outcome.Read r ? pipeline.analyse(r) : o);
        return Stream.concat(pipeline.loadOnce().stream(), analysed).iterator();
    }

    /**
     * Writes one block per analysed article. A name that articles spell differently keeps, as in a store filled by
     * ingest, its smallest spelling; the names that differ are few, so only they reach the driver.
     */
    private void write(JavaRDD<Outcome> outcomes, String output) throws IOException {
        JavaRDD<Outcome.Analysed> analysed = outcomes.filter(o -> o instanceof Outcome.Analysed)
                .map(o -> (Outcome.Analysed) o);
        Map<String, String> winners = analysed.flatMap(a -> a.names().iterator())
                .mapToPair(n -> new Tuple2<>(n.key(), n.value())).distinct().groupByKey()
                .filter(k -> count(k._2()) > 1)
                .mapValues(SparkJob::smallest).collectAsMap();
        Broadcast<HashMap<String, String>> chosen = sc.broadcast(new HashMap<>(winners));
        analysed.map(a -> block(a, chosen.value())).saveAsTextFile(output, GzipCodec.class);
        nameAsNQuads(output);
    }

    /** Loaders tell the syntax by the extension: Spark's {@code part-00000.gz} becomes {@code part-00000.nq.gz}. */
    private void nameAsNQuads(String output) throws IOException {
        org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(output);
        FileSystem fs = folder.getFileSystem(sc.hadoopConfiguration());
        for (FileStatus shard : fs.listStatus(folder, p -> p.getName().startsWith("part-")
                && p.getName().endsWith(".gz"))) {
            String name = shard.getPath().getName();
            org.apache.hadoop.fs.Path renamed = new org.apache.hadoop.fs.Path(folder,
                    name.substring(0, name.length() - 3) + ".nq.gz");
            if (!fs.rename(shard.getPath(), renamed)) {
                throw new IOException("cannot rename " + shard.getPath() + " to " + renamed);
            }
        }
    }

    private static String block(Outcome.Analysed a, Map<String, String> winners) {
        StringBuilder block = new StringBuilder(a.block());
        for (ArticleBlocks.OneName n : a.names()) {
            String winner = winners.get(n.key());
            if (winner == null || winner.equals(n.value())) {
                block.append(n.line()).append('\n');
            }
        }
        // saveAsTextFile ends every element with a line break of its own
        return block.substring(0, block.length() - 1);
    }

    private static int count(Iterable<String> values) {
        int n = 0;
        for (String ignored : values) {
            n++;
        }
        return n;
    }

    private static String smallest(Iterable<String> values) {
        String min = null;
        for (String v : values) {
            if (min == null || v.compareTo(min) < 0) {
                min = v;
            }
        }
        return min;
    }
}
