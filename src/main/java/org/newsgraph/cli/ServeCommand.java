package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the store over SPARQL at http://HOST:PORT/kg/sparql.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "The TDB2 store folder.")
    Path db;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("serve is not wired yet: " + db);
    }
}
