package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.PartialDate;

/** Collects the quads of one named graph, with the literal forms the ontology asks for. */
final class QuadSink {
    private final Node graph;
    private final List<Quad> quads = new ArrayList<>();

    QuadSink(String graphIri) {
        this.graph = NodeFactory.createURI(graphIri);
    }

    List<Quad> quads() {
        return quads;
    }

    void add(String s, Property p, Node o) {
        quads.add(Quad.create(graph, iri(s), p.asNode(), o));
    }

    void add(String s, Property p, String objectIri) {
        add(s, p, iri(objectIri));
    }

    void type(String s, Resource type) {
        quads.add(Quad.create(graph, iri(s), org.apache.jena.vocabulary.RDF.type.asNode(), type.asNode()));
    }

    void link(String s, Property p, Resource o) {
        add(s, p, o.asNode());
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node english(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * A confidence as xsd:decimal in canonical form ("0.9", "1.0"): TDB2 stores decimals as values, and a
     * non-canonical form such as "0.90" is found back as "0.9" and then cannot be deleted.
     */
    static Node decimal(double d) {
        String lexical = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        if (!lexical.contains(".")) {
            lexical = lexical + ".0";
        }
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear, at the precision the text gave. */
    static Node date(PartialDate d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(d.toString(), type);
    }

    static Node dateTime(java.time.Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
