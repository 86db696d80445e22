package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreValidator;
import org.newsgraph.store.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, name = "validate", description = "Check the store against the SHACL shapes of ontology/shapes.ttl and"
        + " one status per event in each article graph. Exit code 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ExistingStore db;

    @Override
    public Integer call() {
        ValidationResult result;
        try (Store store = db.open()) {
            result = StoreValidator.bundled().validate(store);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.describe());
        out.flush();
        return result.conforms() ? 0 : 1;
    }
}
