package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files under the given paths that an ingest passes over because of their type (a .bin, a .jpg), so that
 * the user hears of them rather than wondering where an article went. Sidecars ({@code NAME.json} or
 * {@code NAME.gold.json} beside {@code NAME.txt}) belong to their article and are not counted.
 */
public final class SkippedFiles {
    private SkippedFiles() {
    }

    /** The skipped files, sorted by path; a folder that cannot be listed is reported by the ingest itself. */
    public static List<Path> under(List<Path> paths) {
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                files.filter(SkippedFiles::skipped).forEach(skipped::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // a folder that cannot be listed is reported, with its reason, by the ingest itself
                continue;
            }
        }
        skipped.sort(null);
        return skipped;
    }

    private static boolean skipped(Path file) {
        return Files.isRegularFile(file) && ArticleFiles.formatOf(file) == ArticleFiles.Format.NONE
                && !isSidecar(file);
    }

    private static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".json")) {
            return false;
        }
        String stem = lower.endsWith(".gold.json") ? name.substring(0, name.length() - ".gold.json".length())
                : name.substring(0, name.length() - ".json".length());
        return Files.exists(file.resolveSibling(stem + ".txt"));
    }
}
