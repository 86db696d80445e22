package org.newsgraph.export;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.nio.GraphImporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML as yEd reads it: the yFiles extension's schema slots and its node and edge labels. */
final class YedGraphml {
    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String YFILES = "http://www.yworks.com/xml/graphml";

    /**
     * GraphML's schema (jgrapht's copy) with the two slots yEd's own schema opens in it: a {@code yfiles.type} on
     * keys and yFiles elements inside data. yWorks' schema for those elements is not bundled, so they are skipped.
     */
    private static final String WITH_YFILES = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="http://graphml.graphdrawing.org/xmlns"
                targetNamespace="http://graphml.graphdrawing.org/xmlns" elementFormDefault="qualified">
              <xs:redefine schemaLocation="%s">
                <xs:complexType name="data-extension.type" mixed="true">
                  <xs:complexContent mixed="true">
                    <xs:extension base="data-extension.type">
                      <xs:sequence>
                        <xs:any namespace="http://www.yworks.com/xml/graphml" processContents="skip"
                            minOccurs="0" maxOccurs="unbounded"/>
                      </xs:sequence>
                    </xs:extension>
                  </xs:complexContent>
                </xs:complexType>
                <xs:attributeGroup name="key.extra.attrib">
                  <xs:attributeGroup ref="key.extra.attrib"/>
                  <xs:attribute name="yfiles.type" type="xs:NMTOKEN"/>
                </xs:attributeGroup>
              </xs:redefine>
            </xs:schema>""";

    private YedGraphml() {
    }

    static void validate(Path file) throws Exception {
        URL graphml = Objects.requireNonNull(GraphImporter.class.getResource("/graphml.xsd"), "graphml.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new StringReader(WITH_YFILES.formatted(graphml))))
                .newValidator().validate(new StreamSource(file.toFile()));
    }

    /** Each node's id and the text of the yEd label inside it. */
    static Map<String, String> nodeLabels(Path file) throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        NodeList nodes = parse(file).getElementsByTagNameNS(GRAPHML, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            NodeList label = node.getElementsByTagNameNS(YFILES, "NodeLabel");
            if (label.getLength() == 1) {
                labels.put(node.getAttribute("id"), label.item(0).getTextContent());
            }
        }
        return labels;
    }

    /** The text of the yEd label of each edge that has one. */
    static List<String> edgeLabels(Path file) throws Exception {
        List<String> labels = new ArrayList<>();
        NodeList edges = parse(file).getElementsByTagNameNS(GRAPHML, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            NodeList label = ((Element) edges.item(i)).getElementsByTagNameNS(YFILES, "EdgeLabel");
            if (label.getLength() == 1) {
                labels.add(label.item(0).getTextContent());
            }
        }
        return labels;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
