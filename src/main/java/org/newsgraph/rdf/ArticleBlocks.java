package org.newsgraph.rdf;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Articles as N-Quads text, one block per article: a comment line naming the article, then every quad ingest
 * would write for it (its graph, the descriptions of what it names, its metadata). Any N-Quads reader (Jena's
 * bulk loaders among them) reads the blocks as plain N-Quads and passes over the comments; {@code newsgraph load}
 * uses them to replace each article as a whole, as ingest does.
 *
 * <pre>
 * # newsgraph article "world/summit-7"
 * &lt;https://w3id.org/newsgraph/id/art-...&gt; &lt;https://schema.org/name&gt; "..." &lt;...g-art-...&gt; .
 * </pre>
 */
public final class ArticleBlocks {
    /** How a block starts; the article id follows as a JSON string. */
    public static final String HEADER = "# newsgraph article ";
    private static final Gson JSON = new Gson();
    private static final Node ENTITIES = org.apache.jena.graph.NodeFactory.createURI(Iris.ENTITIES_GRAPH);
    private static final Node META = org.apache.jena.graph.NodeFactory.createURI(Iris.META_GRAPH);

    private ArticleBlocks() {
    }

    /** The block of one article: its header line, then its quads in the order ingest writes them. */
    public static String write(ArticleQuads article) {
        StringBuilder block = new StringBuilder(header(article.articleId())).append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream(article.size() * 160);
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        writer.start();
        article.facts().forEach(writer::quad);
        article.entities().forEach(writer::quad);
        article.meta().forEach(writer::quad);
        writer.finish();
        return block.append(out.toString(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A block with the names of which an entity keeps one ({@link ArticleQuads#ONE_PER_NODE}) set apart, for a
     * writer that chooses among the spellings of many articles before it writes (the Spark job).
     *
     * @param block the block without those names
     * @param names the names, each with its N-Quads line
     */
    public record Split(String block, List<OneName> names) {
        public Split {
            names = List.copyOf(names);
        }
    }

    /**
     * One name of an entity of which the node keeps one.
     *
     * @param key   the entity and the predicate
     * @param value the name's lexical form; of two, the smaller stays
     * @param line  the quad as an N-Quads line
     */
    public record OneName(String key, String value, String line) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public static Split split(ArticleQuads article) {
        List<Quad> entities = new ArrayList<>();
        List<OneName> names = new ArrayList<>();
        for (Quad q : article.entities()) {
            if (ArticleQuads.ONE_PER_NODE.contains(q.getPredicate())) {
                names.add(new OneName(q.getSubject().getURI() + " " + q.getPredicate().getURI(),
                        q.getObject().getLiteralLexicalForm(), line(q)));
            } else {
                entities.add(q);
            }
        }
        return new Split(write(new ArticleQuads(article.articleId(), article.graph(), article.inputDigest(),
                article.facts(), entities, article.meta())), names);
    }

    /** One N-Quads line (no line end) for a quad. */
    static String line(Quad quad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        writer.start();
        writer.quad(quad);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    public static String header(String articleId) {
        return HEADER + JSON.toJson(articleId);
    }

    public static boolean isHeader(String line) {
        return line.startsWith(HEADER);
    }

    /**
     * The article id a header line names.
     *
     * @throws IllegalArgumentException when the line is no header or its id is not a JSON string
     */
    public static String articleId(String headerLine) {
        if (!isHeader(headerLine)) {
            throw new IllegalArgumentException("not an article header: " + headerLine);
        }
        String json = headerLine.substring(HEADER.length()).strip();
        if (!json.startsWith("\"")) {
            // Gson would read a bare word as a string; the writer always quotes
            throw new IllegalArgumentException("the article id in the header is not a JSON string: " + json);
        }
        try {
            String id = JSON.fromJson(json, String.class);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("the article header names no id");
            }
            return id;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the article id in the header is not a JSON string", e);
        }
    }

    /**
     * The article a block's quads make. Every quad must lie in the article's graph, the entity graph or the
     * metadata graph, and the metadata must give the input digest.
     *
     * @param nquads the lines after the header
     * @throws IllegalArgumentException when the text is not N-Quads or a quad or the digest does not fit
     */
    public static ArticleQuads read(String articleId, String nquads) {
        List<Quad> quads = new ArrayList<>();
        try {
            // the reason goes into the error the caller reports; nothing is logged on the way
            RDFParser.fromString(nquads, Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
                    .parse(new QuadsOnly(quads));
        } catch (RiotException e) {
            throw new IllegalArgumentException("not N-Quads: " + e.getMessage(), e);
        }
        Node graph = org.apache.jena.graph.NodeFactory.createURI(Iris.articleGraph(articleId));
        List<Quad> facts = new ArrayList<>();
        List<Quad> entities = new ArrayList<>();
        List<Quad> meta = new ArrayList<>();
        String digest = null;
        for (Quad q : quads) {
            if (q.getGraph().equals(graph)) {
                facts.add(q);
            } else if (q.getGraph().equals(ENTITIES)) {
                entities.add(q);
            } else if (q.getGraph().equals(META)) {
                meta.add(q);
                if (q.getSubject().equals(graph) && q.getPredicate().equals(Vocab.inputDigest.asNode())) {
                    digest = q.getObject().getLiteralLexicalForm();
                }
            } else {
                throw new IllegalArgumentException("a quad in graph " + q.getGraph() + ", which is neither the"
                        + " article's graph " + graph + " nor the entity or metadata graph");
            }
        }
        if (digest == null) {
            throw new IllegalArgumentException("no input digest (nk:inputDigest) for " + graph + " in the metadata");
        }
        return new ArticleQuads(articleId, graph.getURI(), digest, facts, entities, meta);
    }

    /** Collects quads; a triple (a line without a graph) belongs to no article. */
    private static final class QuadsOnly extends StreamRDFBase {
        private final List<Quad> quads;

        QuadsOnly(List<Quad> quads) {
            this.quads = quads;
        }

        @Override
        public void quad(Quad quad) {
            quads.add(quad);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            throw new IllegalArgumentException("a quad without a graph: " + triple);
        }
    }
}
