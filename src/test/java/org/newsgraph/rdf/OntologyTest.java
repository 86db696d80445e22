package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.MeetingStatus;

/** Keeps ontology/newsgraph.ttl in step with the terms and concepts the code writes. */
class OntologyTest {
    private static final Set<Resource> PROPERTY_TYPES =
            Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);

    private static Model ontology;

    @BeforeAll
    static void load() throws IOException {
        ontology = read("/ontology/newsgraph.ttl");
    }

    /** Reads from the classpath, where the build packs ontology/ as it will be in the jar. */
    static Model read(String resource) throws IOException {
        try (InputStream in = OntologyTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, Lang.TURTLE);
            return model;
        }
    }

    @Test
    void ontology_parses_withItsIriAndVersion() {
        Resource header = ontology.createResource("https://w3id.org/newsgraph/ns");
        assertTrue(ontology.contains(header, RDF.type, OWL.Ontology));
        assertEquals("0.1.0", header.getProperty(OWL.versionInfo).getString());
    }

    @Test
    void shapes_parse_andDefineTheMeetingShape() throws IOException {
        Model shapes = read("/ontology/shapes.ttl");
        Resource nodeShape = shapes.createResource("http://www.w3.org/ns/shacl#NodeShape");
        assertTrue(shapes.contains(shapes.createResource(Vocab.NS + "MeetingShape"), RDF.type, nodeShape));
    }

    @Test
    void vocab_everyNkClass_isDeclaredAsOwlClass() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Resource term : nkConstants()) {
            if (!(term instanceof Property) && !ontology.contains(term, RDF.type, OWL.Class)) {
                missing.add(term.getURI());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void vocab_everyNkProperty_isDeclaredAsOwlProperty() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Resource term : nkConstants()) {
            boolean declared = PROPERTY_TYPES.stream().anyMatch(type -> ontology.contains(term, RDF.type, type));
            if (term instanceof Property && !declared) {
                missing.add(term.getURI());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void ontology_declaresNoNkTermMissingFromVocab() throws IllegalAccessException {
        Set<String> inCode = nkConstants().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> declared = ontology.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(uri -> uri.startsWith(Vocab.NS))
                .collect(Collectors.toCollection(TreeSet::new));
        declared.removeAll(inCode);
        assertEquals(Set.of(), declared);
    }

    @Test
    void ontology_everyNkTerm_hasEnglishLabelAndComment() throws IllegalAccessException {
        List<String> undocumented = new ArrayList<>();
        for (Resource term : nkConstants()) {
            if (englishLiterals(term, RDFS.label) != 1 || englishLiterals(term, RDFS.comment) != 1) {
                undocumented.add(term.getURI());
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void vocab_everyConceptTheCodeWrites_isSkosConcept() {
        List<String> missing = conceptsTheCodeWrites().stream()
                .filter(iri -> !ontology.contains(ontology.createResource(iri), RDF.type, SKOS.Concept))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void concepts_prefLabel_isTheContractWord() {
        TreeMap<String, String> expected = new TreeMap<>();
        Stream.of(MeetingKind.values()).forEach(k -> expected.put(iri("kind", k.word()), k.word()));
        Stream.of(MeetingStatus.values()).forEach(s -> expected.put(iri("status", s.word()), s.word()));
        Stream.of(MeasureStatus.values()).forEach(s -> expected.put(iri("status", s.word()), s.word()));
        Stream.of(MeasureType.values()).forEach(t -> expected.put(iri("measure", t.slug()), t.word()));
        TreeMap<String, String> actual = new TreeMap<>();
        for (String concept : expected.keySet()) {
            Resource node = ontology.createResource(concept);
            actual.put(concept, node.hasProperty(SKOS.prefLabel) ? node.getProperty(SKOS.prefLabel).getString() : null);
        }
        assertEquals(expected, actual);
    }

    @Test
    void cameoConcepts_haveTheirCodeAsNotation_andARootAbove() {
        for (String code : cameoCodes()) {
            Resource concept = ontology.createResource(iri("cameo", code));
            assertTrue(concept.hasProperty(SKOS.notation), "no cameo concept with notation " + code);
            assertEquals(code, concept.getProperty(SKOS.notation).getString(), "notation of " + code);
            Resource root = concept.getPropertyResourceValue(SKOS.broader);
            assertNotNull(root, "no skos:broader on cameo " + code);
            String rootCode = root.getProperty(SKOS.notation).getString();
            assertEquals(2, rootCode.length(), "root of " + code);
            assertTrue(code.startsWith(rootCode), code + " is not under " + rootCode);
            assertTrue(concept.hasProperty(SKOS.closeMatch, ontology.createResource("http://gdelt.org/cameo/" + code)));
        }
    }

    /** Every nk: constant of Vocab and its nested classes; nested classes hold other vocabularies' terms. */
    private static List<Resource> nkConstants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        List<Class<?>> holders = new ArrayList<>(List.of(Vocab.class));
        holders.addAll(List.of(Vocab.class.getDeclaredClasses()));
        for (Class<?> holder : holders) {
            for (Field field : holder.getDeclaredFields()) {
                int mods = field.getModifiers();
                boolean constant = Modifier.isPublic(mods) && Modifier.isStatic(mods);
                if (constant && Resource.class.isAssignableFrom(field.getType())) {
                    Resource term = (Resource) field.get(null);
                    if (term.getURI().startsWith(Vocab.NS)) {
                        terms.add(term);
                    }
                }
            }
        }
        // Guards against reflection quietly finding nothing, which would make the checks above vacuous.
        assertTrue(terms.size() >= 20, "found only " + terms.size() + " nk: constants in Vocab");
        return terms;
    }

    private static Set<String> conceptsTheCodeWrites() {
        Set<String> concepts = new TreeSet<>();
        Stream.of(MeetingKind.values()).forEach(k -> concepts.add(iri("kind", k.word())));
        Stream.of(MeetingStatus.values()).forEach(s -> concepts.add(iri("status", s.word())));
        Stream.of(MeasureStatus.values()).forEach(s -> concepts.add(iri("status", s.word())));
        Stream.of(MeasureType.values()).forEach(t -> concepts.add(iri("measure", t.slug())));
        cameoCodes().forEach(code -> concepts.add(iri("cameo", code)));
        int values = MeetingKind.values().length + MeetingStatus.values().length + MeasureStatus.values().length
                + MeasureType.values().length + cameoCodes().size();
        assertEquals(values, concepts.size(), "two enum values map to one concept IRI");
        return concepts;
    }

    private static Set<String> cameoCodes() {
        Set<String> codes = new TreeSet<>();
        Stream.of(MeetingKind.values()).forEach(k -> codes.add(k.cameo()));
        for (MeasureType type : MeasureType.values()) {
            codes.add(type.cameo());
            Stream.of(MeasureStatus.values()).forEach(s -> codes.add(s.cameo(type)));
        }
        return codes;
    }

    private static String iri(String scheme, String value) {
        return Vocab.concept(scheme, value).getURI();
    }

    private static long englishLiterals(Resource term, Property property) {
        return ontology.listObjectsOfProperty(ontology.createResource(term.getURI()), property).toList().stream()
                .filter(RDFNode::isLiteral)
                .filter(node -> "en".equals(node.asLiteral().getLanguage()) && !node.asLiteral().getString().isBlank())
                .count();
    }
}
