package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as a reader sees it: whitespace collapsed as a browser does, each block (paragraph,
 * heading, list item...) a paragraph of its own, paragraphs separated by a blank line.
 */
final class HtmlText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "address", "hr", "body");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern BREAK = Pattern.compile(" *\n *");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, root);
        text.endParagraph();
        return String.join("\n\n", text.paragraphs);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element element) {
            String name = element.normalName();
            if (name.equals("br")) {
                current.append('\n');
            } else if (CELLS.contains(name)) {
                current.append(' ');
            } else if (BLOCKS.contains(name)) {
                endParagraph();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            endParagraph();
        }
    }

    private void endParagraph() {
        String paragraph = BREAK.matcher(current.toString().replaceAll(" {2,}", " ")).replaceAll("\n").strip();
        // several <br> in a row would leave empty lines inside a paragraph
        paragraph = paragraph.replaceAll("\n{2,}", "\n");
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
