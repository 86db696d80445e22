package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "query", description = "Run a SPARQL query file over the store; results on stdout.")
final class QueryCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ExistingStore db;

    @Option(names = "--format", defaultValue = "text", description = "csv, tsv, json or text (default text).")
    String format;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat;
        try {
            resultFormat = ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw Usage.error(spec, e.getMessage());
        }
        String sparql = read(spec, file);
        try (Store store = db.open()) {
            store.query(sparql, resultFormat, main.results());
        }
        main.results().flush();
        return 0;
    }

    private static String read(CommandLine.Model.CommandSpec spec, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Usage.error(spec, "no query file " + file + " (FILE.rq); the queries/ folder holds ready ones");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
