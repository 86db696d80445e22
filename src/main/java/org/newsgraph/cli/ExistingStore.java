package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read or rewrite a store that must already be there. */
final class ExistingStore {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--db", required = true, paramLabel = "<db>", description = "The TDB2 store folder.")
    Path folder;

    /** Reading commands never create an empty store by mistake: a missing one is a usage error. */
    Store open() {
        return Store.openExisting(checked());
    }

    Path checked() {
        if (!Files.isDirectory(folder)) {
            throw Usage.error(command, "no store at " + folder + " (--db); make one with 'newsgraph ingest --db "
                    + folder + " PATH...'");
        }
        return folder;
    }
}
