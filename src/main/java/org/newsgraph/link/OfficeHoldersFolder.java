package org.newsgraph.link;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;

/** The files of an office-holders' knowledge base folder, and how a new one takes the place of the old. */
final class OfficeHoldersFolder {
    static final String MANIFEST = "kb.properties";
    static final String PEOPLE = "people.tsv";
    static final String OFFICES = "offices.tsv";
    static final String NAMES = "names.tsv";
    /** Raised when the files change shape, so an old folder is rebuilt rather than misread. */
    static final String FORMAT = "1";

    interface Writing {
        int write(Path folder) throws IOException;
    }

    private OfficeHoldersFolder() {
    }

    /**
     * Writes a new folder beside {@code target} and moves it into place when complete; the folder there before,
     * which must be a knowledge base or empty, is deleted only then.
     */
    static int replace(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !isKnowledgeBase(absolute) && !isEmptyFolder(absolute)) {
            throw new NewsGraphException(target + " exists and is not a knowledge base folder: choose a new"
                    + " or empty folder");
        }
        Files.createDirectories(absolute.getParent());
        // a plain folder, not a temporary one, so the user's umask decides who may read it
        Path fresh = Files.createDirectory(absolute.resolveSibling("." + absolute.getFileName() + "-new-"
                + System.nanoTime()));
        try {
            int written = writing.write(fresh);
            Path old = absolute.resolveSibling("." + absolute.getFileName() + "-old-" + System.nanoTime());
            if (Files.exists(absolute)) {
                move(absolute, old);
            }
            move(fresh, absolute);
            deleteTree(old);
            return written;
        } finally {
            deleteTree(fresh);
        }
    }

    static boolean isKnowledgeBase(Path folder) {
        return Files.isRegularFile(folder.resolve(MANIFEST));
    }

    static void writeManifest(Path folder, Map<String, String> entries) throws IOException {
        Properties p = new Properties();
        p.putAll(new TreeMap<>(entries));
        p.setProperty("format", FORMAT);
        try (Writer out = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            p.store(out, "newsgraph office-holders knowledge base");
        }
    }

    static Map<String, String> readManifest(Path folder) throws IOException {
        if (!isKnowledgeBase(folder)) {
            throw new NewsGraphException(folder + " is not a newsgraph knowledge base (it has no " + MANIFEST
                    + "): build one with 'newsgraph kb build' or 'newsgraph kb update'");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new NewsGraphException(folder + " was built by another version of newsgraph (format "
                    + p.getProperty("format") + ", this one reads " + FORMAT + "): build it again");
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
