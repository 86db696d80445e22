package org.newsgraph.nlp;

import edu.emory.mathcs.nlp.common.util.Language;
import edu.emory.mathcs.nlp.common.util.NLPUtils;
import edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer;
import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.newsgraph.NewsGraphException;
import org.w3c.dom.Element;

/**
 * The Emory NLP4J English models (part of speech, named entities, dependencies) and the lexica their features
 * read, loaded once per process. Each lexicon and model is read by a task of its own, so on two cores the load
 * takes about half as long. The components keep no state between calls: one instance serves every thread.
 */
final class Nlp4jComponents {
    private static final String LEXICA = "edu/emory/mathcs/nlp/lexica/";
    private static final String MODELS = "edu/emory/mathcs/nlp/models/";

    private final List<NLPComponent<NLPNode>> lexica;
    private final NLPComponent<NLPNode> pos;
    private final NLPComponent<NLPNode> morphology = new MorphologicalAnalyzer<>(Language.ENGLISH);
    private final NLPComponent<NLPNode> entities;
    private final NLPComponent<NLPNode> parser;

    private Nlp4jComponents(List<NLPComponent<NLPNode>> lexica, NLPComponent<NLPNode> pos,
                            NLPComponent<NLPNode> entities, NLPComponent<NLPNode> parser) {
        this.lexica = lexica;
        this.pos = pos;
        this.entities = entities;
        this.parser = parser;
    }

    /** Reads the lexica and models on the pool's threads; waits for all of them. */
    static Nlp4jComponents load(ExecutorService pool) {
        // The four lexica the English models were trained with, each on the field NLP4J's own decoder gives it.
        var ambiguity = submit(pool, () -> lexicon("ambiguity_classes", "word_form_simplified_lowercase",
                "en-ambiguity-classes-simplified-lowercase.xz"));
        var clusters = submit(pool, () -> lexicon("word_clusters", "word_form_simplified_lowercase",
                "en-brown-clusters-simplified-lowercase.xz"));
        var embeddings = submit(pool, () -> lexicon("word_embeddings", "word_form_undigitalized",
                "en-word-embeddings-undigitalized.xz"));
        var gazetteers = submit(pool, () -> lexicon("named_entity_gazetteers", "word_form_simplified",
                "en-named-entity-gazetteers-simplified.xz"));
        var pos = submit(pool, () -> model("en-pos.xz"));
        var ner = submit(pool, () -> model("en-ner.xz"));
        var dep = submit(pool, () -> model("en-dep.xz"));
        return new Nlp4jComponents(List.of(ambiguity.join(), clusters.join(), embeddings.join(), gazetteers.join()),
                pos.join(), ner.join(), dep.join());
    }

    /** Part of speech, lemmas and named entities over a sentence's nodes (index 0 is the root). */
    void tag(NLPNode[] nodes) {
        for (NLPComponent<NLPNode> lexicon : lexica) {
            lexicon.process(nodes);
        }
        pos.process(nodes);
        morphology.process(nodes);
        entities.process(nodes);
    }

    /** Dependency arcs over nodes already tagged. */
    void parse(NLPNode[] nodes) {
        parser.process(nodes);
    }

    private static <T> CompletableFuture<T> submit(ExecutorService pool, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    private static NLPComponent<NLPNode> lexicon(String kind, String field, String file) {
        String xml = "<configuration><lexica><" + kind + " field=\"" + field + "\">" + LEXICA + file + "</" + kind
                + "></lexica></configuration>";
        try {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            return new GlobalLexica<>(root);
        } catch (Exception e) {
            throw new NewsGraphException("cannot load the NLP4J lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    private static NLPComponent<NLPNode> model(String file) {
        if (Nlp4jComponents.class.getClassLoader().getResource(MODELS + file) == null) {
            throw new NewsGraphException("the NLP4J model " + file + " is not on the classpath: the jar "
                    + "nlp4j-english-1.1.3.jar must lie in lib/ beside newsgraph.jar (mvn package puts it there)");
        }
        return NLPUtils.getComponent(MODELS + file);
    }
}
