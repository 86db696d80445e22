package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.Extractor;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.QuadMapper;

/**
 * Any text through annotate, extract and map: nothing is thrown and every IRI written is valid. Under a plain
 * build only the seeds in {@code TextToRdfFuzzTestInputs} (and an empty input) are replayed; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them for the maximum duration. The input's first line is the article id,
 * the rest its text, so that ids are fuzzed as well.
 */
class TextToRdfFuzzTest {
    private static final Annotator ANNOTATOR = NlpModels.load().newAnnotator();
    private static final Extractor EXTRACTOR = Extractor.rules(KnowledgeBase.bundled());
    private static final QuadMapper MAPPER = QuadMapper.of(NewsGraph.VERSION, NlpModels.MODEL_ID,
            Instant.parse("2025-05-01T00:00:00Z"));

    @FuzzTest(maxDuration = "75s")
    void textToRdf_anyText_throwsNothingAndWritesValidIris(byte[] input) {
        String all = new String(input, StandardCharsets.UTF_8);
        int newline = all.indexOf('\n');
        String id = newline < 0 ? "" : all.substring(0, newline);
        String text = newline < 0 ? all : all.substring(newline + 1);
        Article article = new Article(id.isBlank() ? "fuzz" : id, text, null, null, LocalDate.of(2025, 5, 1), null,
                "fuzz");

        ArticleQuads quads = MAPPER.map(EXTRACTOR.extract(ANNOTATOR.annotate(article)));

        assertEquals(List.of(), invalidIris(quads));
    }

    private static List<String> invalidIris(ArticleQuads quads) {
        List<String> out = new ArrayList<>();
        Stream.of(quads.facts(), quads.entities(), quads.meta()).flatMap(List::stream).forEach(q -> {
            for (Node n : nodes(q)) {
                if (n.isURI() && !IRIs.check(n.getURI())) {
                    out.add(n.getURI());
                }
            }
        });
        return out;
    }

    private static List<Node> nodes(Quad q) {
        return List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }
}
