package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final Duration RESCAN = Duration.ofMillis(100);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static Path old(Path file, String text) throws IOException {
        Sources.write(file, text);
        return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private static List<String> ids(ArticleSource source) {
        try (Stream<SourceItem> items = source.items()) {
            return items.map(i -> ((SourceItem.Read) i).article().id()).toList();
        }
    }

    @Test
    void next_filesAlreadyThere_comeFirstWithTheIdsOfAWalk() throws Exception {
        old(dir.resolve("b.txt"), "Second text.");
        old(dir.resolve("sub/a.txt"), "First text.");
        try (FolderWatch watch = FolderWatch.of(dir, 1_000_000, SETTLE, RESCAN)) {
            assertEquals(List.of("b", "sub/a"), assertTimeoutPreemptively(WAIT, () -> ids(watch.next())));
        }
    }

    @Test
    void next_sidecarWrittenAfterItsText_handsOutTheTextAgain() throws Exception {
        old(dir.resolve("a.txt"), "A text.");
        old(dir.resolve("b.txt"), "B text.");
        try (FolderWatch watch = FolderWatch.of(dir, 1_000_000, SETTLE, RESCAN)) {
            assertEquals(List.of("a", "b"), assertTimeoutPreemptively(WAIT, () -> ids(watch.next())));
            Sources.write(dir.resolve("b.json"), "{\"source\": \"Wire\"}");
            Sources.write(dir.resolve("new/c.txt"), "C text.");
            assertEquals(java.util.Set.of("b", "new/c"), assertTimeoutPreemptively(WAIT, () -> {
                java.util.Set<String> seen = new java.util.TreeSet<>();
                while (seen.size() < 2) {
                    seen.addAll(ids(watch.next()));
                }
                return seen;
            }));
        }
    }

    @Test
    void removed_fileDeletedOrRenamedAway_givesItsOldIdOnce_andTheNewNameIsHandedOut() throws Exception {
        old(dir.resolve("a.txt"), "A text.");
        old(dir.resolve("b.txt"), "B text.");
        try (FolderWatch watch = FolderWatch.of(dir, 1_000_000, SETTLE, RESCAN)) {
            assertEquals(List.of("a", "b"), assertTimeoutPreemptively(WAIT, () -> ids(watch.next())));
            assertEquals(List.of(), watch.removed());
            Files.delete(dir.resolve("a.txt"));
            Files.move(dir.resolve("b.txt"), Files.createDirectories(dir.resolve("sub")).resolve("c.txt"));

            assertEquals(List.of("sub/c"), assertTimeoutPreemptively(WAIT, () -> ids(watch.next())));
            assertEquals(List.of("a", "b"), watch.removed());
            assertEquals(List.of(), watch.removed());
        }
    }

    @Test
    void close_whileNextWaits_makesItReturnNull() throws Exception {
        FolderWatch watch = FolderWatch.of(dir, 1_000_000, SETTLE, Duration.ofMinutes(1));
        CompletableFuture<ArticleSource> next = CompletableFuture.supplyAsync(() -> {
            try {
                return watch.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        watch.close();
        assertNull(assertTimeoutPreemptively(WAIT, () -> next.get()));
    }
}
