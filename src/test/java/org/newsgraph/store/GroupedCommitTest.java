package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestListener;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;

/** A long ingest commits every batch at first, then groups of batches that grow with the run. */
class GroupedCommitTest {
    private static final int ARTICLES = 40;

    @TempDir
    Path dir;

    @Test
    void ingest_fortyOneArticleBatches_commitsInGrowingGroupsAndStoresEveryArticle() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Kenyan President William Ruto met"
                    + " Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, meeting number " + i + ".");
        }
        List<Long> commits = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void warning(String origin, String message) {
            }

            @Override
            public void failure(String origin, String stage, String reason) {
            }

            @Override
            public void progress(long articlesDone, double articlesPerSecond) {
                commits.add(articlesDone);
            }
        };
        NewsGraph newsgraph = NewsGraph.builder().threads(2).batchSize(1).build();
        try (Store store = Store.open(dir.resolve("db"))) {
            IngestReport report = newsgraph.ingest(List.of(in), store, listener);
            assertEquals(ARTICLES, report.written());
            assertEquals(ARTICLES, store.stats().articles());
        }
        // one commit per batch for the first 16 batches, then every 2nd, 3rd and 4th batch, and the last
        assertEquals(LongStream.rangeClosed(1, 16).boxed().toList(), commits.subList(0, 16));
        assertTrue(commits.size() < ARTICLES - 10, "commits after " + commits);
        assertEquals(ARTICLES, commits.get(commits.size() - 1));
    }
}
