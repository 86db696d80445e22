package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the packages as DESIGN.md and STYLE.md draw them: who may import OpenNLP, Jena and the CLI. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/newsgraph");

    private static List<String> violations(String importPrefix, Set<String> allowedPackages) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                // A sub-package (extract.mention) keeps the rules of its stage (extract).
                Path rel = MAIN.relativize(f);
                String pkg = rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
                if (!allowedPackages.contains(pkg) && imports(f, importPrefix)) {
                    out.add(f.toString());
                }
            });
        }
        return out;
    }

    private static boolean imports(Path f, String prefix) {
        try {
            return Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import " + prefix)
                    || l.contains(" " + prefix) && !l.startsWith("package"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void openNlp_isUsedOnlyInNlp() throws IOException {
        assertEquals(List.of(), violations("opennlp.", Set.of("nlp")));
    }

    @Test
    void jena_isUsedOnlyInRdfStoreServeExport() throws IOException {
        assertEquals(List.of(), violations("org.apache.jena.", Set.of("rdf", "store", "serve", "export")));
    }

    @Test
    void spark_isUsedOnlyInTheSparkJob() throws IOException {
        assertEquals(List.of(), violations("org.apache.spark.", Set.of("spark")));
    }

    @Test
    void nothing_importsTheCli() throws IOException {
        assertEquals(List.of(), violations("org.newsgraph.cli.", Set.of("cli")));
    }

    @Test
    void model_dependsOnNoLibrary() throws IOException {
        List<String> out = new ArrayList<>();
        for (String lib : List.of("org.apache.", "opennlp.", "picocli.", "com.google.", "org.jsoup.")) {
            out.addAll(violations(lib, Set.of("nlp", "extract", "link", "rdf", "store", "serve", "export", "cli",
                    "ingest", "bench", "spark", "")));
        }
        assertEquals(List.of(), out);
    }
}
