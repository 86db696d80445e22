package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;

/** ontology/shapes.ttl accepts what newsgraph should write and reports each kind of defect it guards against. */
class ShapesTest {
    private static final Node ENTITIES = id("g-entities");
    private static final Node ARTICLE = id("g-art-wire_0304");
    private static final Node RUBIO = id("Q324546");
    private static final Node KELLER = id("per-n-anna-keller-ffa7e158c8");
    private static final Node RUSSIA = id("Q159");
    private static final Node MEETING = id("mtg-2e28e416c47bc7cf");
    private static final Node MEASURE = id("msr-bd63c8874eeb4bfa");
    private static final Node MEETING_EVIDENCE = id("evd-449777124b1466a8");

    private static Model shapesModel;
    private static Shapes shapes;
    private DatasetGraph data;

    @BeforeAll
    static void loadShapes() throws IOException {
        shapesModel = OntologyTest.read("/ontology/shapes.ttl");
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    @BeforeEach
    void loadFixture() throws IOException {
        data = DatasetGraphFactory.createTxnMem();
        try (InputStream in = ShapesTest.class.getResourceAsStream("/rdf/conforming.trig")) {
            assertNotNull(in, "fixture rdf/conforming.trig missing");
            RDFDataMgr.read(data, in, Lang.TRIG);
        }
    }

    @Test
    void validate_conformingFixture_conforms() {
        Graph union = data.getUnionGraph();
        assertTrue(union.contains(MEETING, RDF.type.asNode(), node(Vocab.Meeting)), "fixture lost its meeting");
        assertTrue(union.contains(MEASURE, RDF.type.asNode(), node(Vocab.PunitiveMeasure)));
        ValidationReport report = validate();
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void validate_evidenceBeginNotBeforeEnd_isReported() {
        replace(ARTICLE, MEETING_EVIDENCE, node(Vocab.Nif.beginIndex), NodeFactory.createLiteralDT("123",
                XSDDatatype.XSDinteger));
        assertReported(MEETING_EVIDENCE, node(Vocab.Nif.beginIndex), SHACL.LessThanConstraintComponent);
    }

    @Test
    void validate_confidenceAboveOne_isReported() {
        replace(ARTICLE, MEETING_EVIDENCE, node(Vocab.confidence), NodeFactory.createLiteralDT("1.3",
                XSDDatatype.XSDdecimal));
        assertReported(MEETING_EVIDENCE, node(Vocab.confidence), SHACL.MaxInclusiveConstraintComponent);
    }

    @Test
    void validate_measureWithoutTarget_isReported() {
        data.deleteAny(ARTICLE, MEASURE, node(Vocab.target), Node.ANY);
        assertReported(MEASURE, node(Vocab.target), SHACL.MinCountConstraintComponent);
    }

    @Test
    void validate_entityWithTwoSameAs_isReported() {
        data.add(ENTITIES, RUSSIA, OWL.sameAs.asNode(), NodeFactory.createURI(Vocab.WIKIDATA + "Q2184"));
        assertReported(RUSSIA, OWL.sameAs.asNode(), SHACL.MaxCountConstraintComponent);
    }

    @Test
    void validate_sameAsToWikidataPageInsteadOfEntity_isReported() {
        replace(ENTITIES, RUSSIA, OWL.sameAs.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q159"));
        assertReported(RUSSIA, OWL.sameAs.asNode(), SHACL.PatternConstraintComponent);
    }

    @Test
    void validate_meetingWithMeasureStatus_isReported() {
        replace(ARTICLE, MEETING, node(Vocab.status), node(Vocab.concept("status", "imposed")));
        assertReported(MEETING, node(Vocab.status), SHACL.InConstraintComponent);
    }

    @Test
    void validate_personWithTwoNames_isReported() {
        data.add(ENTITIES, KELLER, node(Vocab.Schema.name), NodeFactory.createLiteralLang("A. Keller", "en"));
        assertReported(KELLER, node(Vocab.Schema.name), SHACL.MaxCountConstraintComponent);
    }

    @Test
    void validate_entityIriOutsideTheIdNamespace_isReported() {
        Node stray = NodeFactory.createURI("https://example.org/people/Anna Keller");
        data.add(ENTITIES, stray, RDF.type.asNode(), node(Vocab.Schema.Person));
        data.add(ENTITIES, stray, node(Vocab.Schema.name), NodeFactory.createLiteralString("Anna Keller"));
        ValidationReport report = validate();
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(stray)
                && e.sourceConstraintComponent().equals(SHACL.PatternConstraintComponent)), () -> describe(report));
    }

    @Test
    void validate_yearOnlyDateAndMissingDate_conform() {
        replace(ARTICLE, MEETING, node(Vocab.Schema.startDate), NodeFactory.createLiteralDT("2025",
                XSDDatatype.XSDgYear));
        data.deleteAny(ARTICLE, MEASURE, node(Vocab.Schema.startDate), Node.ANY);
        ValidationReport report = validate();
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void shapes_meetingKinds_areExactlyTheMeetingKindEnum() {
        Set<Node> expected = Stream.of(MeetingKind.values())
                .map(k -> concept("kind", k.word()))
                .collect(Collectors.toSet());
        assertEquals(expected, allowedValues("MeetingShape", Vocab.kind));
    }

    @Test
    void shapes_meetingStatuses_areExactlyTheMeetingStatusEnum() {
        Set<Node> expected = Stream.of(MeetingStatus.values())
                .map(s -> concept("status", s.word()))
                .collect(Collectors.toSet());
        assertEquals(expected, allowedValues("MeetingShape", Vocab.status));
    }

    @Test
    void shapes_measureStatuses_areExactlyTheMeasureStatusEnum() {
        Set<Node> expected = Stream.of(MeasureStatus.values())
                .map(s -> concept("status", s.word()))
                .collect(Collectors.toSet());
        assertEquals(expected, allowedValues("MeasureShape", Vocab.status));
    }

    @Test
    void shapes_measureTypes_areExactlyTheMeasureTypeEnum() {
        Set<Node> expected = Stream.of(MeasureType.values())
                .map(t -> concept("measure", t.slug()))
                .collect(Collectors.toSet());
        assertEquals(expected, allowedValues("MeasureShape", Vocab.measureType));
    }

    private ValidationReport validate() {
        return ShaclValidator.get().validate(shapes, data.getUnionGraph());
    }

    private void replace(Node graph, Node subject, Node predicate, Node object) {
        assertTrue(data.contains(graph, subject, predicate, Node.ANY),
                "fixture has no " + predicate + " on " + subject);
        data.deleteAny(graph, subject, predicate, Node.ANY);
        data.add(graph, subject, predicate, object);
    }

    private void assertReported(Node focus, Node path, Node component) {
        ValidationReport report = validate();
        assertFalse(report.conforms(), "the defect was not reported");
        List<ReportEntry> hits = report.getEntries().stream()
                .filter(e -> focus.equals(e.focusNode()))
                .filter(e -> new P_Link(path).equals(e.resultPath()))
                .filter(e -> component.equals(e.sourceConstraintComponent()))
                .toList();
        assertEquals(1, hits.size(), () -> describe(report));
    }

    /** The sh:in list of the property shape on {@code path} inside the named node shape. */
    private static Set<Node> allowedValues(String nodeShape, Resource path) {
        Resource shape = shapesModel.createResource(Vocab.NS + nodeShape);
        Property shProperty = shapesModel.createProperty(SHACL.property.getURI());
        Resource property = shapesModel.listObjectsOfProperty(shape, shProperty).toList().stream()
                .map(RDFNode::asResource)
                .filter(p -> p.hasProperty(shapesModel.createProperty(SHACL.path.getURI()), path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(nodeShape + " has no property shape for " + path));
        Resource list = property.getPropertyResourceValue(shapesModel.createProperty(SHACL.in.getURI()));
        assertNotNull(list, nodeShape + " does not restrict " + path + " with sh:in");
        return list.as(RDFList.class).asJavaList().stream()
                .map(RDFNode::asNode).collect(Collectors.toSet());
    }

    private static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        report.getEntries().forEach(e -> text.append(e).append('\n'));
        return text.toString();
    }

    private static Node id(String key) {
        return NodeFactory.createURI(Vocab.ID + key);
    }

    private static Node concept(String scheme, String value) {
        return Vocab.concept(scheme, value).asNode();
    }

    private static Node node(Resource term) {
        return term.asNode();
    }
}
