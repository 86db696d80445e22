package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.BenchOptions;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.Benchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "bench", description = "Benchmark on a generated corpus: bare NLP4J"
        + " (tokens, tags, entities) and bare OpenNLP (sentences, tokens), the full pipeline, TDB2's bulk loader and"
        + " the contract queries over HTTP. Prints one table and writes bench.md and bench.json.")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "2000", description = "Articles in the corpus (default 2000).")
    int articles;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--output", defaultValue = "target/bench",
            description = "Folder for the corpus, the work stores and the table (default target/bench).")
    Path output;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus (default 42).")
    long seed;

    @Option(names = "--samples", defaultValue = "samples",
            description = "Folder of sample articles to recombine (default samples).")
    Path samples;

    @Option(names = "--corpus-only", description = "Write the corpus to OUTPUT/corpus and stop, to time another"
            + " runner on the same articles (docs/spark-vs-ingest.sh).")
    boolean corpusOnly;

    @Override
    public Integer call() {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Usage.atLeastOne(spec, "--articles", articles);
        Usage.atLeastOne(spec, "--threads", t);
        Usage.exists(spec, "--samples", samples);
        PrintWriter err = spec.commandLine().getErr();
        if (corpusOnly) {
            err.println("bench: wrote " + articles + " articles to " + Benchmark.writeCorpus(new BenchOptions(articles,
                    t, seed, output, samples)));
            err.flush();
            return 0;
        }
        BenchReport report = Benchmark.run(new BenchOptions(articles, t, seed, output, samples), line -> {
            err.println(line);
            err.flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.markdown());
        out.println("(written to " + output.resolve("bench.md") + " and bench.json)");
        out.flush();
        return 0;
    }
}
