package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * GEXF 1.2 for Gephi: typed attribute declarations, and dynamic mode with dated edges (and event nodes) so Gephi's
 * timeline can play the network through time. Month- and year-only dates span their whole month or year. Every edge
 * is directed: networkx refuses an undirected edge in a directed graph, and GEXF's "mutual" type is not read alike by
 * every tool, so a meeting is the network's pair of opposite edges.
 */
final class GexfWriter implements GraphWriter {
    static final String NAMESPACE = "http://www.gexf.net/1.2draft";

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        XmlOut xml = new XmlOut(out);
        xml.open("gexf", NAMESPACE).attribute("version", "1.2");
        xml.open("meta").open("creator").text("newsgraph").close(true)
                .open("description").text(network.name()).close(true).close();
        xml.open("graph").attribute("mode", "dynamic").attribute("timeformat", "date")
                .attribute("defaultedgetype", "directed");
        declare(xml, "node", network.nodeAttributes());
        declare(xml, "edge", network.edgeAttributes());
        xml.open("nodes").attribute("count", network.nodes().size());
        for (Network.Node n : network.nodes()) {
            xml.open("node").attribute("id", n.id()).attribute("label", n.label());
            period(xml, n.period());
            values(xml, n.values(), network.nodeAttributes());
            xml.close();
        }
        xml.close().open("edges").attribute("count", network.edges().size());
        for (Network.Edge e : network.edges()) {
            edge(xml, e, network.edgeAttributes());
        }
        xml.close().close().close();
        xml.finish();
    }

    private static void edge(XmlOut xml, Network.Edge e, List<Attribute> attributes) throws IOException {
        xml.open("edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target())
                .attribute("label", e.interaction())
                .attribute("weight", e.weight());
        period(xml, e.period());
        values(xml, e.values(), attributes);
        xml.close();
    }

    private static void declare(XmlOut xml, String kind, List<Attribute> attributes) throws IOException {
        xml.open("attributes").attribute("class", kind).attribute("mode", "static");
        for (Attribute a : attributes) {
            xml.open("attribute").attribute("id", a.name()).attribute("title", a.name())
                    .attribute("type", switch (a.type()) {
                        case STRING -> "string";
                        case INTEGER -> "integer";
                        case LIST -> "liststring";
                    }).close(true);
        }
        xml.close();
    }

    private static void period(XmlOut xml, Period p) throws IOException {
        if (p != null) {
            xml.attribute("start", p.first().toString()).attribute("end", p.last().toString());
        }
    }

    private static void values(XmlOut xml, Map<String, Object> values, List<Attribute> attributes)
            throws IOException {
        xml.open("attvalues");
        for (Attribute a : attributes) {
            Object v = values.get(a.name());
            if (v != null) {
                xml.open("attvalue").attribute("for", a.name()).attribute("value", v).close(true);
            }
        }
        xml.close();
    }
}
