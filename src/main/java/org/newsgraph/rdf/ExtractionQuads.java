package org.newsgraph.rdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.jena.irix.IRIs;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Position;
import org.newsgraph.model.Quote;
import org.newsgraph.rdf.Vocab.Gaf;
import org.newsgraph.rdf.Vocab.Nif;
import org.newsgraph.rdf.Vocab.Prov;
import org.newsgraph.rdf.Vocab.Schema;

/**
 * The standard mapping: entity descriptions to {@code id:g-entities}, every claim with its evidence to the article's
 * own graph, provenance and metadata to {@code id:g-meta}. Meetings and measures are mapped by {@link EventQuads}.
 */
final class ExtractionQuads implements QuadMapper {
    private final Provenance provenance;

    ExtractionQuads(Provenance provenance) {
        this.provenance = provenance;
    }

    @Override
    public ArticleQuads map(Extraction x) {
        Article article = x.article();
        String graph = Iris.articleGraph(article.id());
        Facts facts = new Facts(new QuadSink(graph), article);
        QuadSink entities = new QuadSink(Iris.ENTITIES_GRAPH);
        for (Entity e : x.entities()) {
            describe(e, entities);
            facts.mentions(e);
        }
        x.positions().forEach(p -> holding(p, facts, entities));
        EventQuads events = new EventQuads(facts);
        x.meetings().forEach(events::meeting);
        x.sanctions().forEach(events::sanction);
        x.quotes().forEach(q -> quote(q, facts));
        String digest = digest(article);
        QuadSink meta = new QuadSink(Iris.META_GRAPH);
        meta(article, graph, digest, meta);
        return new ArticleQuads(article.id(), graph, digest, facts.sink().quads(), entities.quads(), meta.quads());
    }

    private static void describe(Entity e, QuadSink out) {
        String iri = Iris.entity(e);
        out.type(iri, switch (e.type()) {
            case PERSON -> Schema.Person;
            case COUNTRY -> Schema.Country;
            case ORGANIZATION -> Schema.Organization;
            case PLACE -> Schema.Place;
        });
        out.add(iri, Schema.name, QuadSink.english(e.name()));
        if (e.isLinked()) {
            out.add(iri, org.apache.jena.vocabulary.OWL.sameAs, Iris.wikidataItem(e.wikidata()));
        }
    }

    private static void holding(Position p, Facts facts, QuadSink entities) {
        String person = Iris.entity(p.holder());
        String jurisdiction = p.jurisdiction() == null ? null : Iris.entity(p.jurisdiction());
        String position = Iris.position(p.title(), jurisdiction == null ? null : keyOf(jurisdiction));
        entities.type(position, Vocab.Position);
        entities.add(position, org.apache.jena.vocabulary.SKOS.prefLabel,
                QuadSink.english(p.title().toLowerCase(java.util.Locale.ROOT)));
        if (jurisdiction != null) {
            entities.add(position, Vocab.jurisdiction, jurisdiction);
        }
        String holding = Iris.hashed("hld", person + "|" + position);
        QuadSink out = facts.sink();
        out.type(holding, Vocab.PositionHolding);
        out.add(holding, Vocab.holder, person);
        out.add(holding, Vocab.position, position);
        out.add(holding, Schema.roleName, QuadSink.text(p.title()));
        if (p.item() != null) {
            out.add(holding, Vocab.positionItem, Iris.wikidataItem(p.item()));
        }
        facts.evidence(holding, p.evidence());
        if (p.country() != null) {
            out.add(person, Vocab.represents, Iris.entity(p.country()));
        }
    }

    private static void quote(Quote q, Facts facts) {
        String speaker = Iris.entity(q.speaker());
        String iri = Iris.hashed("quo", speaker + "|" + java.text.Normalizer.normalize(q.text(),
                java.text.Normalizer.Form.NFC));
        QuadSink out = facts.sink();
        out.type(iri, Schema.Quotation);
        out.add(iri, Schema.creator, speaker);
        out.add(iri, Schema.text, QuadSink.text(q.text()));
        q.about().forEach(a -> out.add(iri, Schema.about, Iris.entity(a)));
        facts.evidence(iri, q.evidence());
    }

    private static String keyOf(String iri) {
        return iri.substring(Vocab.ID.length());
    }

    @Override
    public String digest(Article a) {
        return Iris.sha256(String.join("\u0000", a.text(), Objects.toString(a.url(), ""),
                Objects.toString(a.title(), ""), Objects.toString(a.published(), ""), Objects.toString(a.source(), ""),
                provenance.extractorVersion(), provenance.modelId()));
    }

    private void meta(Article a, String graph, String digest, QuadSink meta) {
        String article = Iris.article(a.id());
        String text = Iris.text(a.id());
        meta.add(graph, Prov.wasDerivedFrom, article);
        meta.add(graph, Prov.wasGeneratedBy, provenance.runIri());
        meta.add(graph, Prov.generatedAtTime, QuadSink.dateTime(provenance.runTime()));
        meta.add(graph, Vocab.inputDigest, QuadSink.text(digest));
        meta.type(article, Schema.NewsArticle);
        meta.add(article, Schema.identifier, QuadSink.text(a.id()));
        if (a.url() != null && isAbsoluteIri(a.url())) {
            meta.add(article, Schema.url, a.url());
        }
        if (a.title() != null) {
            meta.add(article, Schema.headline, QuadSink.text(a.title()));
        }
        if (a.published() != null) {
            meta.add(article, Schema.datePublished, QuadSink.date(org.newsgraph.model.PartialDate.of(a.published())));
        }
        if (a.source() != null) {
            meta.add(article, Schema.publisher, QuadSink.text(a.source()));
        }
        meta.type(text, Nif.Context);
        meta.add(text, Prov.wasDerivedFrom, article);
        meta.add(text, Vocab.codePoints, QuadSink.integer(a.text().codePointCount(0, a.text().length())));
        meta.add(text, Vocab.sha256, QuadSink.text(Iris.sha256(a.text())));
        run(meta);
    }

    private void run(QuadSink meta) {
        String run = provenance.runIri();
        String agent = provenance.agentIri();
        meta.type(run, Prov.Activity);
        meta.add(run, Prov.wasAssociatedWith, agent);
        meta.type(agent, Prov.SoftwareAgent);
        meta.add(agent, Schema.softwareVersion, QuadSink.text(provenance.extractorVersion()));
        meta.add(agent, Vocab.model, QuadSink.text(provenance.modelId()));
    }

    private static boolean isAbsoluteIri(String url) {
        try {
            return IRIs.check(url) && url.matches("(?i)https?://\\S+");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The article graph being written, with evidence nodes that point into the article's text. An evidence node is
     * named by its fact and span, so a fact two rules found in the same words gets one node, the first rule's.
     */
    record Facts(QuadSink sink, Article article, boolean basicPlaneOnly, java.util.Set<String> written) {
        Facts(QuadSink sink, Article article) {
            this(sink, article, article.text().codePointCount(0, article.text().length()) == article.text().length(),
                    new java.util.HashSet<>());
        }

        void mentions(Entity e) {
            String iri = Iris.entity(e);
            e.aliases().forEach(a -> sink.add(iri, org.apache.jena.vocabulary.SKOS.altLabel, QuadSink.english(a)));
            e.mentions().forEach(m -> evidence(iri, m));
            if (e.linkedBy() != null) {
                // how this article's mentions were linked: another article may have linked the same item otherwise
                sink.add(iri, Vocab.linkedBy, Vocab.concept("link", e.linkedBy().code()).getURI());
            }
        }

        void evidence(String fact, Evidence ev) {
            String text = Iris.text(article.id());
            int begin = codePoint(ev.start());
            int end = codePoint(ev.end());
            String iri = Iris.hashed("evd", fact + "|" + text + "|" + begin + "|" + end);
            if (!written.add(iri)) {
                return;
            }
            sink.add(fact, Gaf.denotedBy, iri);
            sink.type(iri, Vocab.Evidence);
            sink.add(iri, Nif.referenceContext, text);
            sink.add(iri, Vocab.sentenceIndex, QuadSink.integer(ev.sentenceIndex()));
            sink.add(iri, Nif.beginIndex, QuadSink.integer(begin));
            sink.add(iri, Nif.endIndex, QuadSink.integer(end));
            sink.add(iri, Nif.anchorOf, QuadSink.text(ev.snippet()));
            sink.add(iri, Vocab.confidence, QuadSink.decimal(ev.confidence()));
            sink.add(iri, Vocab.rule, QuadSink.text(ev.rule().name()));
        }

        /** Offsets are stored in code points, as NIF and Web Annotation count them, not in UTF-16 units. */
        private int codePoint(int utf16) {
            // Counted once per article: without surrogate pairs the two offsets agree.
            return basicPlaneOnly ? utf16 : article.text().codePointCount(0, utf16);
        }
    }

    static List<String> iris(List<Entity> entities) {
        return entities.stream().map(Iris::entity).sorted().toList();
    }
}
