package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * GraphML for yEd, Cytoscape and Gephi: one {@code <key>} per attribute (lists as "|"-joined strings, as GraphML
 * has no list type), directed graph with "met" edges marked undirected.
 */
final class GraphmlWriter implements GraphWriter {
    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        XmlOut xml = new XmlOut(out);
        xml.open("graphml", NAMESPACE);
        xml.open("key").attribute("id", "n-label").attribute("for", "node").attribute("attr.name", "label")
                .attribute("attr.type", "string").close(true);
        declare(xml, "node", "n-", network.nodeAttributes());
        declare(xml, "edge", "e-", network.edgeAttributes());
        xml.open("graph").attribute("id", "G").attribute("edgedefault", "directed");
        for (Network.Node n : network.nodes()) {
            xml.open("node").attribute("id", n.id());
            data(xml, "n-label", n.label());
            values(xml, "n-", n.values(), network.nodeAttributes());
            xml.close();
        }
        for (Network.Edge e : network.edges()) {
            xml.open("edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target())
                    .attribute("directed", e.directed());
            values(xml, "e-", e.values(), network.edgeAttributes());
            xml.close();
        }
        xml.close().close();
        xml.finish();
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
