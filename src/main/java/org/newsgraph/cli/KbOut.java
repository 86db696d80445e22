package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the folder {@code kb build} and {@code kb update} write, by default where ingest looks. */
final class KbOut {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${sys:user.home}/.newsgraph/kb",
            description = "The knowledge base folder to write (default ${DEFAULT-VALUE}, where ingest and serve"
                    + " look for one).")
    Path folder;
}
