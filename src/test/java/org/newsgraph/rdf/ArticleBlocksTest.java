package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBlocksTest {
    private static final String NAME = Vocab.Schema.name.getURI();

    private static List<ArticleBlockReader.Block> readAll(String text) {
        List<ArticleBlockReader.Block> blocks = new ArrayList<>();
        new ArticleBlockReader(new BufferedReader(new StringReader(text))).forEachRemaining(blocks::add);
        return blocks;
    }

    private static void assertSameQuads(ArticleQuads expected, ArticleQuads actual) {
        assertEquals(expected.articleId(), actual.articleId());
        assertEquals(expected.graph(), actual.graph());
        assertEquals(expected.inputDigest(), actual.inputDigest());
        assertEquals(new HashSet<>(expected.facts()), new HashSet<>(actual.facts()));
        assertEquals(new HashSet<>(expected.entities()), new HashSet<>(actual.entities()));
        assertEquals(new HashSet<>(expected.meta()), new HashSet<>(actual.meta()));
    }

    @Test
    void writeThenRead_givesTheSameArticles_evenWithQuotesAndLineBreaksInIdsAndText() {
        ArticleQuads first = ArticleQuadsFixture.article("world/summit \"7\"", "Ada Okafor");
        ArticleQuads second = ArticleQuadsFixture.article("日本/会談", "Ada Okafor");

        List<ArticleBlockReader.Block> blocks = readAll(ArticleBlocks.write(first) + ArticleBlocks.write(second));

        assertEquals(2, blocks.size());
        assertSameQuads(first, assertInstanceOf(ArticleBlockReader.Read.class, blocks.get(0)).article());
        assertSameQuads(second, assertInstanceOf(ArticleBlockReader.Read.class, blocks.get(1)).article());
        assertEquals(1, blocks.get(0).line());
        assertEquals(7, blocks.get(1).line());
    }

    @Test
    void block_startsWithItsHeader_andIsPlainNQuadsAfterIt() {
        String block = ArticleBlocks.write(ArticleQuadsFixture.article("a1", "Ada Okafor"));

        assertTrue(block.startsWith("# newsgraph article \"a1\"\n"), block);
        assertEquals(6, block.lines().count());
        block.lines().skip(1).forEach(line -> assertTrue(line.endsWith(" ."), line));
    }

    @Test
    void split_setsTheNamesApart_andTheRestStillReadsAsTheArticleWithoutThem() {
        ArticleQuads a = ArticleQuadsFixture.article("a1", "Ada Okafor");

        ArticleBlocks.Split split = ArticleBlocks.split(a);

        assertEquals(1, split.names().size());
        assertEquals("Ada Okafor", split.names().get(0).value());
        assertTrue(split.names().get(0).key().endsWith(" " + NAME), split.names().get(0).key());
        List<ArticleBlockReader.Block> whole = readAll(split.block() + split.names().get(0).line() + "\n");
        assertSameQuads(a, ((ArticleBlockReader.Read) whole.get(0)).article());
    }

    @Test
    void brokenBlock_isReportedWithItsLine_andTheNextBlockIsStillRead() {
        String good = ArticleBlocks.write(ArticleQuadsFixture.article("good", "Ada Okafor"));
        String broken = ArticleBlocks.header("broken") + "\n<https://x.example/s> <https://x.example/p> \"open .\n";

        List<ArticleBlockReader.Block> blocks = readAll(broken + good);

        ArticleBlockReader.Broken b = assertInstanceOf(ArticleBlockReader.Broken.class, blocks.get(0));
        assertEquals(1, b.line());
        assertTrue(b.reason().startsWith("not N-Quads"), b.reason());
        assertEquals("good", assertInstanceOf(ArticleBlockReader.Read.class, blocks.get(1)).article().articleId());
    }

    @Test
    void quadsOfAnotherArticlesGraph_areRefused() {
        String text = ArticleBlocks.write(ArticleQuadsFixture.article("one", "Ada Okafor"));
        String relabelled = text.replace(ArticleBlocks.header("one"), ArticleBlocks.header("two"));

        ArticleBlockReader.Broken b = assertInstanceOf(ArticleBlockReader.Broken.class, readAll(relabelled).get(0));

        assertTrue(b.reason().contains("neither the article's graph"), b.reason());
    }

    @Test
    void blockWithoutItsDigest_isRefused() {
        String text = ArticleBlocks.write(ArticleQuadsFixture.article("one", "Ada Okafor")).lines()
                .filter(l -> !l.contains("inputDigest")).reduce("", (a, b) -> a + b + "\n");

        ArticleBlockReader.Broken b = assertInstanceOf(ArticleBlockReader.Broken.class, readAll(text).get(0));

        assertTrue(b.reason().startsWith("no input digest"), b.reason());
    }

    @Test
    void quadsBeforeTheFirstHeader_areOneBrokenBlock_thenTheArticlesFollow() {
        String text = "# a comment\n<https://x.example/s> <https://x.example/p> <https://x.example/o>"
                + " <https://x.example/g> .\n" + ArticleBlocks.write(ArticleQuadsFixture.article("a1", "Ada Okafor"));

        List<ArticleBlockReader.Block> blocks = readAll(text);

        assertEquals(2, blocks.size());
        assertEquals(2, assertInstanceOf(ArticleBlockReader.Broken.class, blocks.get(0)).line());
        assertInstanceOf(ArticleBlockReader.Read.class, blocks.get(1));
    }

    @Test
    void headerWithoutAJsonId_isBroken() {
        ArticleBlockReader.Broken b = assertInstanceOf(ArticleBlockReader.Broken.class,
                readAll(ArticleBlocks.HEADER + "not-json\n").get(0));

        assertTrue(b.reason().contains("not a JSON string"), b.reason());
    }
}
