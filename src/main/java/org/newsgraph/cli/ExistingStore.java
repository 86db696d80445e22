package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read or rewrite a store that must already be there. */
final class ExistingStore {
    @Option(names = "--db", required = true, paramLabel = "<db>", description = "The TDB2 store folder.")
    Path folder;

    Store open() {
        return Store.openExisting(folder);
    }
}
