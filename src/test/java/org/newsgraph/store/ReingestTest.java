package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestListener;
import org.newsgraph.IngestReport;
import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.Vocab;

class ReingestTest {
    private static final String FIRST = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in"
            + " Nairobi on Tuesday. Ruto said the talks were useful.";
    private static final String SECOND = "Foreign Minister Penny Wong spoke by phone with Wang Yi on Monday.";
    private static final String SECOND_CHANGED = "Foreign Minister Penny Wong met Indonesian Foreign Minister Retno"
            + " Marsudi in Jakarta on Monday.";
    private static NewsGraph newsgraph;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        newsgraph = NewsGraph.builder().threads(2).batchSize(1).build();
    }

    private Path articles(String second) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in-" + second.hashCode()));
        Files.writeString(in.resolve("first.txt"), FIRST);
        Files.writeString(in.resolve("first.json"), "{\"published\": \"2025-06-12\", \"source\": \"Wire A\"}");
        Files.writeString(in.resolve("second.txt"), second);
        Files.writeString(in.resolve("second.json"), "{\"published\": \"2025-06-11\", \"source\": \"Wire B\"}");
        return in;
    }

    private static IngestReport ingest(Path in, Store store) {
        return newsgraph.ingest(List.of(in), store, IngestListener.SILENT);
    }

    /** Every quad, less the ones that record which run wrote what (a later run is another run). */
    private static Set<Quad> content(Store store) {
        Set<Node> runPredicates = Set.of(Vocab.Prov.wasGeneratedBy.asNode(), Vocab.Prov.generatedAtTime.asNode());
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                boolean runQuad = runPredicates.contains(q.getPredicate())
                        || q.getSubject().getURI().startsWith(Vocab.ID + "run-");
                if (!runQuad) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    @Test
    void ingest_sameArticlesTwice_leavesTheSameQuads() throws IOException {
        Path in = articles(SECOND);
        try (Store store = Store.open(dir.resolve("db"))) {
            ingest(in, store);
            Set<Quad> before = content(store);
            IngestReport again = ingest(in, store);
            assertEquals(0, again.written());
            assertEquals(2, again.unchanged());
            assertEquals(before, content(store));
        }
    }

    @Test
    void ingest_unchangedArticles_areNotAnalysedAgain() throws IOException {
        Path in = articles(SECOND);
        java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
        NewsGraph counting = NewsGraph.builder().threads(1).stageTimer((stage, nanos) -> {
            if (stage == org.newsgraph.StageTimer.Stage.NLP) {
                analysed.incrementAndGet();
            }
        }).build();
        try (Store store = Store.open(dir.resolve("db"))) {
            counting.ingest(List.of(in), store, IngestListener.SILENT);
            assertEquals(2, analysed.get());
            IngestReport again = counting.ingest(List.of(in), store, IngestListener.SILENT);
            assertEquals(2, analysed.get(), "an unchanged article went through the NLP stage again");
            assertEquals(2, again.unchanged());
        }
    }

    @Test
    void ingest_changedArticle_leavesWhatAFreshIngestWould() throws IOException {
        Set<Quad> reingested;
        try (Store store = Store.open(dir.resolve("db"))) {
            ingest(articles(SECOND), store);
            IngestReport changed = ingest(articles(SECOND_CHANGED), store);
            assertEquals(1, changed.written());
            reingested = content(store);
        }
        try (Store fresh = Store.open(dir.resolve("fresh"))) {
            ingest(articles(SECOND_CHANGED), fresh);
            Set<Quad> expected = content(fresh);
            Set<Quad> missing = new HashSet<>(expected);
            missing.removeAll(reingested);
            Set<Quad> extra = new HashSet<>(reingested);
            extra.removeAll(expected);
            assertEquals(Set.of(), missing, "missing after re-ingest");
            assertEquals(Set.of(), extra, "left over after re-ingest");
        }
    }

    @Test
    void ingest_changedArticle_dropsEntitiesNoArticleNamesAnyMore() throws IOException {
        try (Store store = Store.open(dir.resolve("db"))) {
            ingest(articles(SECOND), store);
            assertTrue(names(store).contains("Wang Yi"));
            ingest(articles(SECOND_CHANGED), store);
            assertFalse(names(store).contains("Wang Yi"));
            assertTrue(names(store).contains("Penny Wong"));
        }
    }

    private static Set<String> names(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new HashSet<>();
            store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.Schema.name.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }
}
