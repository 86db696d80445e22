package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms newsgraph writes: its own ({@code nk:}, defined in {@code ontology/newsgraph.ttl}) and the standard
 * ones it reuses, grouped by vocabulary as Jena groups FOAF or SKOS. Constants are named like the terms.
 */
public final class Vocab {
    public static final String NS = "https://w3id.org/newsgraph/ns#";
    public static final String VOC = "https://w3id.org/newsgraph/voc/";
    public static final String ID = "https://w3id.org/newsgraph/id/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static final Resource Meeting = resource("Meeting");
    public static final Resource PunitiveMeasure = resource("PunitiveMeasure");
    public static final Resource PositionHolding = resource("PositionHolding");
    public static final Resource Position = resource("Position");
    public static final Resource Evidence = resource("Evidence");

    public static final Property participant = property("participant");
    public static final Property host = property("host");
    public static final Property imposer = property("imposer");
    public static final Property target = property("target");
    public static final Property announcer = property("announcer");
    public static final Property kind = property("kind");
    public static final Property status = property("status");
    public static final Property measureType = property("measureType");
    public static final Property venue = property("venue");
    public static final Property holder = property("holder");
    public static final Property position = property("position");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property represents = property("represents");
    public static final Property linkedBy = property("linkedBy");
    public static final Property positionItem = property("positionItem");
    public static final Property confidence = property("confidence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property rule = property("rule");
    public static final Property codePoints = property("codePoints");
    public static final Property sha256 = property("sha256");
    public static final Property model = property("model");
    public static final Property inputDigest = property("inputDigest");

    private Vocab() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** A SKOS concept of the newsgraph vocabulary: {@code nkv:status-imposed}, {@code nkv:cameo-163}. */
    public static Resource concept(String scheme, String value) {
        return ResourceFactory.createResource(VOC + scheme + "-" + value);
    }

    /** schema.org terms, in the http namespace that Wikidata and schema.org's JSON-LD context use. */
    public static final class Schema {
        public static final String NS = "http://schema.org/";
        public static final Resource Person = ResourceFactory.createResource(NS + "Person");
        public static final Resource Country = ResourceFactory.createResource(NS + "Country");
        public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
        public static final Resource City = ResourceFactory.createResource(NS + "City");
        public static final Resource Place = ResourceFactory.createResource(NS + "Place");
        public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
        public static final Resource Quotation = ResourceFactory.createResource(NS + "Quotation");
        public static final Property name = ResourceFactory.createProperty(NS + "name");
        public static final Property identifier = ResourceFactory.createProperty(NS + "identifier");
        public static final Property url = ResourceFactory.createProperty(NS + "url");
        public static final Property headline = ResourceFactory.createProperty(NS + "headline");
        public static final Property datePublished = ResourceFactory.createProperty(NS + "datePublished");
        public static final Property publisher = ResourceFactory.createProperty(NS + "publisher");
        public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
        public static final Property location = ResourceFactory.createProperty(NS + "location");
        public static final Property roleName = ResourceFactory.createProperty(NS + "roleName");
        public static final Property creator = ResourceFactory.createProperty(NS + "creator");
        public static final Property text = ResourceFactory.createProperty(NS + "text");
        public static final Property about = ResourceFactory.createProperty(NS + "about");
        public static final Property softwareVersion = ResourceFactory.createProperty(NS + "softwareVersion");

        private Schema() {
        }
    }

    /** PROV-O. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
        public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
        public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
        public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
        public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
        public static final Property used = ResourceFactory.createProperty(NS + "used");

        private Prov() {
        }
    }

    /** NIF 2.0 core, for evidence spans and the text they refer to. */
    public static final class Nif {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Resource Context = ResourceFactory.createResource(NS + "Context");
        public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
        public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
        public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
        public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");

        private Nif() {
        }
    }

    /** The Grounded Annotation Framework: a fact or entity denoted by a mention. */
    public static final class Gaf {
        public static final String NS = "http://groundedannotationframework.org/gaf#";
        public static final Property denotedBy = ResourceFactory.createProperty(NS + "denotedBy");

        private Gaf() {
        }
    }

    /** The Simple Event Model: the CAMEO event type of meetings and measures. */
    public static final class Sem {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Property eventType = ResourceFactory.createProperty(NS + "eventType");

        private Sem() {
        }
    }
}
