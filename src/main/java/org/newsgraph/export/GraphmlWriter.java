package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * GraphML for yEd, Cytoscape, Gephi, networkx and igraph: one {@code <key>} per attribute (lists as "|"-joined
 * strings, as GraphML has no list type) in a directed graph, and beside them yEd's own graphics keys (the yFiles
 * extension), as yEd shows plain data keys as no labels at all. Other readers skip or read those keys harmlessly.
 */
final class GraphmlWriter implements GraphWriter {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    static final String YFILES = "http://www.yworks.com/xml/graphml";

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        XmlOut xml = new XmlOut(out);
        xml.open("graphml", NAMESPACE).prefix("y", YFILES);
        xml.open("key").attribute("id", "n-label").attribute("for", "node").attribute("attr.name", "label")
                .attribute("attr.type", "string").close(true);
        declare(xml, "node", "n-", network.nodeAttributes());
        declare(xml, "edge", "e-", network.edgeAttributes());
        xml.open("key").attribute("id", "n-yfiles").attribute("for", "node")
                .attribute("yfiles.type", "nodegraphics").close(true);
        xml.open("key").attribute("id", "e-yfiles").attribute("for", "edge")
                .attribute("yfiles.type", "edgegraphics").close(true);
        xml.open("graph").attribute("id", "G").attribute("edgedefault", "directed");
        for (Network.Node n : network.nodes()) {
            xml.open("node").attribute("id", n.id());
            data(xml, "n-label", n.label());
            values(xml, "n-", n.values(), network.nodeAttributes());
            nodeGraphics(xml, n.label());
            xml.close();
        }
        for (Network.Edge e : network.edges()) {
            xml.open("edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target());
            values(xml, "e-", e.values(), network.edgeAttributes());
            edgeGraphics(xml, e);
            xml.close();
        }
        xml.close().close();
        xml.finish();
    }

    /** A yEd shape with the node's name as its label, so yEd shows names on opening. */
    private static void nodeGraphics(XmlOut xml, String label) throws IOException {
        xml.open("data").attribute("key", "n-yfiles").open("y", "ShapeNode", YFILES)
                .open("y", "NodeLabel", YFILES).text(label).close(true).close().close();
    }

    /** A yEd line labelled with the tie's kind; the two edges of a symmetric tie are drawn without arrowheads. */
    private static void edgeGraphics(XmlOut xml, Network.Edge e) throws IOException {
        xml.open("data").attribute("key", "e-yfiles").open("y", "PolyLineEdge", YFILES)
                .open("y", "Arrows", YFILES).attribute("source", "none")
                .attribute("target", e.symmetric() ? "none" : "standard").close(true)
                .open("y", "EdgeLabel", YFILES).text(e.interaction()).close(true).close().close();
    }

    private static void declare(XmlOut xml, String kind, String prefix, List<Attribute> attributes)
            throws IOException {
        for (Attribute a : attributes) {
            xml.open("key").attribute("id", prefix + a.name()).attribute("for", kind)
                    .attribute("attr.name", a.name())
                    .attribute("attr.type", a.type() == Attribute.Type.INTEGER ? "int" : "string").close(true);
        }
    }

    private static void values(XmlOut xml, String prefix, Map<String, Object> values, List<Attribute> attributes)
            throws IOException {
        for (Attribute a : attributes) {
            Object v = values.get(a.name());
            if (v != null) {
                data(xml, prefix + a.name(), v);
            }
        }
    }

    private static void data(XmlOut xml, String key, Object value) throws IOException {
        xml.open("data").attribute("key", key).text(value).close(true);
    }
}
