package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SourceItem;

/** The driver's listing through Hadoop's local file system: the files and ids ingest would read, no others. */
class InputFilesTest {
    @TempDir
    Path dir;
    Path in;

    @BeforeEach
    void folderOfEveryKind() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Path world = Files.createDirectories(in.resolve("world/asia"));
        Files.writeString(world.resolve("talks.txt"), "Leaders met in Hanoi on Monday.");
        Files.writeString(world.resolve("talks.json"), "{\"published\": \"2026-01-05\"}");
        Files.writeString(in.resolve("brief.txt"), "Ministers spoke by phone on Friday.");
        Files.writeString(in.resolve("page.html"), "<html><body><p>Envoys met in Oslo.</p></body></html>");
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"f1\", \"text\": \"Talks resumed.\"}\n");
        Files.writeString(in.resolve("notes.md"), "not an article");
        Files.writeString(in.resolve("gold.json"), "{}");
    }

    private static InputFiles.Listing list(String... paths) throws IOException {
        return InputFiles.list(List.of(paths), new Configuration());
    }

    private static Map<String, String> idsByName(InputFiles.Listing listing) {
        return listing.files().stream().collect(Collectors.toMap(f -> f.uri().substring(f.uri().lastIndexOf('/')
                + 1), InputFile::id, (a, b) -> a, TreeMap::new));
    }

    @Test
    void folder_listsTheArticleFilesRecursively_withIngestsIds_andTheSidecarBesideATextFile() throws IOException {
        InputFiles.Listing listing = list(in.toString());

        assertEquals(Map.of("brief.txt", "brief", "feed.jsonl", "feed", "page.html", "page", "talks.txt",
                "world/asia/talks"), idsByName(listing));
        InputFile talks = listing.files().stream().filter(f -> f.id().equals("world/asia/talks")).findFirst()
                .orElseThrow();
        assertTrue(talks.sidecar().endsWith("world/asia/talks.json"), talks.sidecar());
        assertNull(listing.files().stream().filter(f -> f.id().equals("brief")).findFirst().orElseThrow().sidecar());
        assertEquals(List.of(), listing.missing());
    }

    @Test
    void folder_givesTheIdsIngestGivesTheSameFolder() throws IOException {
        List<String> ingests;
        try (Stream<SourceItem> items = ArticleSource.of(List.of(in), 1 << 20).items()) {
            ingests = items.filter(i -> i instanceof SourceItem.Read).map(i -> ((SourceItem.Read) i).article().id())
                    .filter(id -> !id.equals("f1")).sorted().toList();
        }

        List<String> ours = list(in.toString()).files().stream().map(InputFile::id)
                .filter(id -> !id.equals("feed")).sorted().toList();

        assertEquals(ingests, ours);
    }

    @Test
    void globAndFileByName_areKnownByTheirNames_andAPathThatNamesNothingIsAFailure() throws IOException {
        InputFiles.Listing listing = list(in.resolve("*.txt").toString(), in.resolve("world/asia/talks.txt")
                .toString(), dir.resolve("nowhere").toString());

        assertEquals(Map.of("brief.txt", "brief", "talks.txt", "talks"), idsByName(listing));
        assertEquals(1, listing.missing().size());
        assertEquals("no such file or folder", listing.missing().get(0).reason());
        assertTrue(listing.missing().get(0).origin().endsWith("nowhere"));
    }
}
