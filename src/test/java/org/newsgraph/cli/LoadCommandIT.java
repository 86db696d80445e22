package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleBlocks;
import org.newsgraph.rdf.ArticleQuadsFixture;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph load} on shards made by hand in the Spark job's format: gzipped and plain files, Spark's own
 * files beside them, a block that is no N-Quads and a gzip file cut short. What can be read is stored; each
 * failure names its file (and line); the exit code is 1.
 */
class LoadCommandIT {
    @TempDir
    Path dir;


    private static String blocks(String... ids) {
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append(ArticleBlocks.write(ArticleQuadsFixture.article(id, "Ada Okafor")));
        }
        return text.toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static List<String> articleIds(Path db) {
        try (Store store = Store.openExisting(db)) {
            return store.select("PREFIX schema: <https://schema.org/> SELECT ?id WHERE { GRAPH ?g { ?a"
                    + " <https://schema.org/mentions> ?p } BIND(STRAFTER(STR(?g), \"g-art-\") AS ?id) } ORDER BY ?id")
                    .stream().map(row -> row.get("id")).toList();
        }
    }

    @Test
    void load_jobOutputFolder_storesEveryArticle_passesOverSparksFiles_andAgainWritesNothing() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(out.resolve("part-00000.nq.gz"), gzip(blocks("a1", "a2")));
        Files.writeString(out.resolve("part-00001.nq"), blocks("a3"));
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve(".part-00000.nq.gz.crc"), "crc");
        Files.writeString(out.resolve("manifest.json"), "{\"read\": 3}");
        Path db = dir.resolve("db");

        CliRun first = CliRun.of("load", "--db", db.toString(), out.toString());
        CliRun again = CliRun.of("load", "--db", db.toString(), out.toString());

        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("loaded 3 articles from 2 shard files into " + db), first.err());
        assertTrue(first.err().contains(": 3 written, 0 unchanged, 0 failed"), first.err());
        assertTrue(again.err().contains(": 0 written, 3 unchanged, 0 failed"), again.err());
        assertEquals(List.of("a1", "a2", "a3"), articleIds(db));
    }

    @Test
    void load_brokenBlockAndCutFile_storesTheRest_namesFileAndLine_exitCodeOne() throws IOException {
        String broken = ArticleBlocks.header("b1") + "\n<https://x.example/s> <https://x.example/p> \"open .\n";
        Path plain = Files.writeString(dir.resolve("plain.nq"), blocks("p1") + broken + blocks("p2"));
        // a comment of random letters after c3, which gzip cannot shrink, so that the cut falls inside c3's block
        byte[] noise = new byte[15_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] whole = gzip(blocks("c1", "c2", "c3") + "# " + java.util.Base64.getEncoder().encodeToString(noise)
                + "\n");
        Path cut = Files.write(dir.resolve("cut.nq.gz"), Arrays.copyOf(whole, whole.length - 40));
        Path db = dir.resolve("db");

        CliRun r = CliRun.of("load", "--db", db.toString(), plain.toString(), cut.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("error: " + plain + " line 7: not N-Quads"), r.err());
        assertTrue(r.err().contains("error: " + cut + ": cannot read the rest of the file (it ends in the middle:"
                + " cut short); the articles before the failure are loaded, the one it cut (line 13) is not"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(List.of("c1", "c2", "p1", "p2"), articleIds(db), "the block the cut falls in is lost");
    }

    @Test
    void load_missingShards_isAUsageError_andMakesNoStore() {
        Path db = dir.resolve("db");

        CliRun r = CliRun.of("load", "--db", db.toString(), dir.resolve("nowhere").toString());

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("nowhere"), r.err());
        assertFalse(Files.exists(db));
    }
}
