package org.newsgraph.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's own text in a news page, without the page around it: a small scorer on top of jsoup, in three steps.
 * <ol>
 *   <li>Furniture goes: elements that are furniture by tag (nav, header, footer, aside, form, figcaption...), by
 *   ARIA role, or by a class or id word sites use for it (cookie, consent, related, most-read, newsletter, share,
 *   advert, caption, footer...).</li>
 *   <li>The story's container: the {@code <article>} with most text, else {@code <main>}, else the element whose
 *   paragraphs score highest (each paragraph of real prose scores for its parent, half for its grandparent, as
 *   readability does), else the body.</li>
 *   <li>In it, blocks that are mostly links (lists of other stories, tag clouds, "read more" lines) go; the
 *   page's {@code <h1>}, when outside it, comes first.</li>
 * </ol>
 */
final class MainText {
    private static final String FURNITURE = "script, style, nav, header, footer, aside, form, noscript, template, "
            + "figcaption, button, dialog, iframe, svg, [hidden], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search]";
    /** Class or id words of furniture; matched as whole words of the name split at '-', '_' and case changes. */
    private static final Set<String> FURNITURE_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "related",
            "recommended", "recommendations", "mostread", "most", "popular", "trending", "newsletter", "signup",
            "subscribe", "subscription", "promo", "advert", "advertisement", "ad", "ads", "sponsored", "share",
            "sharing", "social", "breadcrumb", "breadcrumbs", "comments", "footer", "sidebar", "menu", "caption",
            "credit", "paywall", "outbrain", "taboola", "teaser", "teasers", "topbar");
    private static final Pattern WORD_BREAK = Pattern.compile("[-_\\s]+|(?<=[a-z])(?=[A-Z])");
    /** Tags never dropped by their class: the page itself, and the story's own containers. */
    private static final Set<String> KEPT_TAGS = Set.of("html", "body", "article", "main");
    /** Shorter paragraphs are labels, datelines and buttons, not prose. */
    private static final int MIN_PARAGRAPH = 25;
    /** Past this share of its text in links, a block is a list of other pages. */
    private static final double MAX_LINK_SHARE = 0.5;

    private MainText() {
    }

    /** The main text; the page's furniture is removed from {@code page} on the way. */
    static String of(Document page) {
        page.select(FURNITURE).remove();
        page.body().select("*").stream().filter(MainText::isFurnitureByName).toList().forEach(Element::remove);
        Element story = container(page);
        story.select("ul, ol, dl, div, section, table, p").stream().filter(MainText::isMostlyLinks).toList()
                .forEach(Element::remove);
        String text = HtmlText.of(story);
        return headlineOutside(page, story).map(h -> HtmlText.of(h) + "\n\n" + text).orElse(text);
    }

    /**
     * The page's headline when the story's container leaves it out (div layouts often put it in a block of its
     * own above the text); a headline that is a link is a site's logo, not the story's.
     */
    private static Optional<Element> headlineOutside(Document page, Element story) {
        Element headline = page.body().selectFirst("h1");
        if (headline == null || headline == story || headline.parents().contains(story) || isMostlyLinks(headline)
                || headline.text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(headline);
    }

    static boolean isFurnitureByName(Element element) {
        if (KEPT_TAGS.contains(element.normalName())) {
            return false;
        }
        return hasFurnitureWord(element.className()) || hasFurnitureWord(element.id());
    }

    private static boolean hasFurnitureWord(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : WORD_BREAK.split(names)) {
            if (FURNITURE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Element container(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt((Element e) -> e.text().length()))
                .or(() -> page.select("main").stream().findFirst())
                .or(() -> bestScored(page))
                .orElse(page.body());
    }

    /** The element its paragraphs vote for; none when the page has no paragraph of prose. */
    private static Optional<Element> bestScored(Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.body().select("p, pre, td, blockquote")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH || isMostlyLinks(paragraph)) {
                continue;
            }
            // prose has commas and length; a label has neither
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(3, text.length() / 100);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    static boolean isMostlyLinks(Element block) {
        String text = block.text();
        if (text.isEmpty()) {
            return false;
        }
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked > text.length() * MAX_LINK_SHARE;
    }
}
