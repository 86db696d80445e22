package org.newsgraph.ingest;

import java.util.Comparator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The story's own text in a news page, without the page furniture around it. */
final class MainText {
    /** Page furniture around the story; their text would pollute the article. */
    private static final String FURNITURE = "script, style, nav, header, footer, aside, form, noscript, template";

    private MainText() {
    }

    /** The main text; the page's furniture is removed from {@code page} on the way. */
    static String of(Document page) {
        page.select(FURNITURE).remove();
        return HtmlText.of(mainElement(page));
    }

    /**
     * The story itself: pages often hold several {@code <article>} elements (teasers of other stories), so the
     * one with the most text wins; else {@code <main>}, else the body.
     */
    private static Element mainElement(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt((Element e) -> e.text().length()))
                .or(() -> page.select("main").stream().findFirst())
                .orElse(page.body());
    }
}
