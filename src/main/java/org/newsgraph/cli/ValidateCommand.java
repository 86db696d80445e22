package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreValidator;
import org.newsgraph.store.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "validate", description = "Check the store against the SHACL shapes of ontology/shapes.ttl and"
        + " one status per event in each article graph. Exit code 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, description = "The TDB2 store folder.")
    Path db;

    @Override
    public Integer call() {
        ValidationResult result;
        try (Store store = Store.openExisting(db)) {
            result = StoreValidator.bundled().validate(store);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.describe());
        out.flush();
        return result.conforms() ? 0 : 1;
    }
}
