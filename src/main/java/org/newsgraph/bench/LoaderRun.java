package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.PhasedLoad;
import org.newsgraph.store.Store;

/**
 * The pipeline store's quads exported as N-Quads and loaded into an empty store by {@code tdb2.tdbloader}'s
 * default (phased) loader: the writing reference. The loader runs in a JVM of its own with that JVM's default
 * heap, as a user would run the tool; it is timed inside that JVM from the start of the bulk load to its end, which
 * leaves out the start of the JVM.
 */
final class LoaderRun {
    private static final Pattern SUMMARY = Pattern.compile("^quads (\\d+) seconds ([0-9.]+)$", Pattern.MULTILINE);

    private LoaderRun() {
    }

    static BenchReport.Loader measure(Store store, Path nquads, Path emptyStore) {
        long t0 = System.nanoTime();
        long exported;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            exported = store.exportNQuads(out);
        } catch (IOException e) {
            throw new NewsGraphException("cannot write " + nquads + ": " + e.getMessage(), e);
        }
        double exportSeconds = (System.nanoTime() - t0) / 1e9;
        String output = runLoader(nquads, emptyStore);
        Matcher summary = SUMMARY.matcher(output);
        if (!summary.find()) {
            throw new NewsGraphException("the bulk loader gave no summary line; it said:\n" + output);
        }
        long loaded = Long.parseLong(summary.group(1));
        if (loaded != exported) {
            throw new NewsGraphException("the bulk loader loaded " + loaded + " of " + exported + " quads");
        }
        return new BenchReport.Loader(loaded, exportSeconds, Double.parseDouble(summary.group(2)));
    }

    /** Runs the loader on this program's own class path. */
    private static String runLoader(Path nquads, Path emptyStore) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp",
                System.getProperty("java.class.path"), PhasedLoad.class.getName(), emptyStore.toString(),
                nquads.toString());
        try {
            Process loader = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(loader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (loader.waitFor() != 0) {
                throw new NewsGraphException("the bulk loader failed with exit code " + loader.exitValue() + ":\n"
                        + output);
            }
            return output;
        } catch (IOException e) {
            throw new NewsGraphException("cannot run the bulk loader: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while the bulk loader ran", e);
        }
    }
}
