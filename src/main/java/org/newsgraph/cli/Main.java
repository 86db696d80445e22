package org.newsgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsgraph} command line: ingest, query, serve, export, validate, stats, compact, bench, annotate, show. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "News articles to a Wikidata-linked knowledge graph in TDB2, served over SPARQL.",
        subcommands = {IngestCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class,
                ValidateCommand.class, StatsCommand.class, CompactCommand.class, BenchCommand.class,
                AnnotateCommand.class, KbCommand.class, ShowCommand.class, LoadCommand.class})
public final class Main {
    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    private final OutputStream results;

    /** Results go to standard output as UTF-8 bytes, whatever the locale. */
    public Main() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    /** Query results go to the given stream; tests pass their own. */
    public Main(OutputStream results) {
        this.results = results;
    }

    OutputStream results() {
        return results;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine(new Main());
        cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }

    /** The command line with one-line errors (exit 1) and usage errors (exit 2). */
    public static CommandLine commandLine(Main main) {
        CommandLine cl = new CommandLine(main);
        cl.registerConverter(java.time.LocalDate.class, Usage::day);
        cl.setParameterExceptionHandler(new Usage());
        cl.setExecutionExceptionHandler(new ErrorHandler(main));
        return cl;
    }
}
