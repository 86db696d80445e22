package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, name = "compact", description = "Give back the disk space that earlier"
        + " write transactions left behind (run it after a large ingest); the contents stay the same.")
final class CompactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ExistingStore db;

    @Override
    public Integer call() {
        long before = bytesUnder(db.checked());
        try (Store store = db.open()) {
            store.compact();
        }
        PrintWriter out = spec.commandLine().getOut();
        // Apparent sizes: TDB2 grows its files in steps of 8 MB, so a small store shows no difference.
        out.printf("compacted %s: %.1f MB of files before, %.1f MB after%n", db.folder, before / 1048576.0,
                bytesUnder(db.folder) / 1048576.0);
        out.flush();
        return 0;
    }

    private static long bytesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(CompactCommand::size).sum();
        } catch (IOException e) {
            throw new NewsGraphException("cannot measure " + folder + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new NewsGraphException("cannot measure " + file + ": " + e.getMessage(), e);
        }
    }
}
