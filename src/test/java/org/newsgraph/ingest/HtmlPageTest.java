package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.Sources.article;
import static org.newsgraph.ingest.Sources.failed;
import static org.newsgraph.ingest.Sources.items;
import static org.newsgraph.ingest.Sources.only;
import static org.newsgraph.ingest.Sources.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class HtmlPageTest {
    @TempDir
    Path dir;

    @Test
    void read_page_dropsFurnitureDecodesEntitiesAndSeparatesParagraphs() throws IOException {
        Path page = write(dir.resolve("news/page.html"), """
                <!DOCTYPE html>
                <html><head><title>Leaders meet</title>
                <meta property="og:title" content="OG title">
                <link rel="canonical" href="https://example.org/leaders">
                <meta property="article:published_time" content="2023-11-30T22:00:00-08:00">
                <style>p { color: red }</style>
                <script>var tracker = "should not appear";</script>
                </head><body>
                <header>Site header</header>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <p>Body text outside the article.</p>
                <article>
                  <h1>Leaders   meet in
                    Paris</h1>
                  <p>Ministers from Fran&ccedil;e &amp; Germany met &quot;today&quot;.</p>
                  <script>alert("no")</script>
                  <aside>Related: other story</aside>
                  <p>They agreed<br>on two points.</p>
                  <form><input value="subscribe">Subscribe</form>
                </article>
                <footer>Copyright</footer>
                </body></html>
                """);

        Article article = article(only(items(dir)));

        assertEquals("news/page", article.id());
        assertEquals("Leaders meet in Paris\n\nMinisters from Françe & Germany met \"today\".\n\n"
                + "They agreed\non two points.", article.text());
        assertEquals("Leaders meet", article.title());
        assertEquals("https://example.org/leaders", article.url());
        assertEquals(LocalDate.of(2023, 11, 30), article.published());
        assertEquals(page.toString(), article.origin());
    }

    @Test
    void read_pageWithoutArticle_takesMainElseBody_andOpenGraphMetadata() throws IOException {
        write(dir.resolve("a.htm"), """
                <html><head><meta property="og:title" content="From OG">
                <meta property="og:url" content="https://example.org/og"></head>
                <body><nav>Menu</nav><div>Only <b>body</b> text.</div><div>Second&nbsp;block.</div>
                <time datetime="2022-02-24">24 February</time></body></html>
                """);
        write(dir.resolve("b.html"), "<html><body><p>Outside</p><main><p>Inside main.</p></main></body></html>");

        var items = items(dir);

        Article body = article(items.get(0));
        assertEquals("Only body text.\n\nSecond block.\n\n24 February", body.text());
        assertEquals("From OG", body.title());
        assertEquals("https://example.org/og", body.url());
        assertEquals(LocalDate.of(2022, 2, 24), body.published());
        assertEquals("Inside main.", article(items.get(1)).text());
    }

    @Test
    void read_pageWithoutText_isFailed() throws IOException {
        write(dir.resolve("empty.html"), "<html><body><script>x()</script><nav>Menu</nav></body></html>");

        SourceItem.Failed failed = failed(only(items(dir)));

        assertTrue(failed.reason().contains("no text"), failed.reason());
    }

    @Test
    void read_pageWithBadDate_warnsAndKeepsTheRest() throws IOException {
        Path page = write(dir.resolve("p.html"), "<html><head><title>T</title>"
                + "<meta property=\"article:published_time\" content=\"yesterday\"></head><body><p>Text.</p></body>");

        SourceItem.Read read = (SourceItem.Read) only(items(dir));

        assertEquals("T", read.article().title());
        assertTrue(read.warnings().get(0).startsWith(page.toString()), read.warnings().toString());
    }
}
