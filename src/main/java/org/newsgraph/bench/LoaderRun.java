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
import org.newsgraph.store.Store;

/**
 * The pipeline store's quads exported as N-Quads and loaded into an empty store by {@code tdb2.tdbloader} with
 * its default (phased) loader: the writing reference. The loader runs as a program of its own, in a JVM of its
 * own with that JVM's default heap, as a user would run it; its rate is the one it reports itself, which leaves
 * out the start of its JVM.
 */
final class LoaderRun {
    private static final Pattern SUMMARY = Pattern.compile("Time = ([0-9.]+) seconds : Quads = ([0-9,]+)");

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
            throw new NewsGraphException("tdb2.tdbloader gave no summary line; it said:\n" + output);
        }
        long loaded = Long.parseLong(summary.group(2).replace(",", ""));
        if (loaded != exported) {
            throw new NewsGraphException("the bulk loader loaded " + loaded + " of " + exported + " quads");
        }
        return new BenchReport.Loader(loaded, exportSeconds, Double.parseDouble(summary.group(1)));
    }

    /** Runs the loader on this program's own class path (the fat jar carries Jena's command-line tools). */
    private static String runLoader(Path nquads, Path emptyStore) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Duser.language=en", "-Duser.country=US", "-cp",
                System.getProperty("java.class.path"), "tdb2.tdbloader", "--loc", emptyStore.toString(),
                nquads.toString());
        try {
            Process loader = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(loader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (loader.waitFor() != 0) {
                throw new NewsGraphException("tdb2.tdbloader failed with exit code " + loader.exitValue() + ":\n"
                        + output);
            }
            return output;
        } catch (IOException e) {
            throw new NewsGraphException("cannot run tdb2.tdbloader: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while tdb2.tdbloader ran", e);
        }
    }
}
