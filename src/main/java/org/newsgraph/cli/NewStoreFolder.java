package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsgraph.store.Store;

/**
 * The {@code --db} folder of a command that makes the store when it is missing (ingest, serve). A run that fails
 * takes away a store it made itself, so a mistake leaves no empty store folder behind to puzzle over later.
 */
final class NewStoreFolder {
    /** What a command does with the open store. */
    interface Work<T> {
        T run(Store store) throws IOException;
    }

    private NewStoreFolder() {
    }

    static <T> T use(Path folder, Work<T> work) throws IOException {
        boolean existed = Files.exists(folder);
        try (Store store = Store.open(folder)) {
            return work.run(store);
        } catch (IOException | RuntimeException e) {
            if (!existed) {
                deleteQuietly(folder, e);
            }
            throw e;
        }
    }

    /** A store that cannot be taken away is noted on the error the user sees, which matters more. */
    private static void deleteQuietly(Path folder, Exception failure) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
