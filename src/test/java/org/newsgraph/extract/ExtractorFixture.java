package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** The real pipeline (OpenNLP models, bundled knowledge base) loaded once for the extraction tests. */
public final class ExtractorFixture {
    private static final Annotator ANNOTATOR = NlpModels.load().newAnnotator();
    private static final Extractor EXTRACTOR = Extractor.rules(KnowledgeBase.bundled());

    private ExtractorFixture() {
    }

    public static synchronized Extraction extract(String text) {
        return extract(text, LocalDate.of(2025, 3, 14));
    }

    public static synchronized Extraction extract(String text, LocalDate published) {
        Article article = Article.of("test", text).withPublished(published);
        return EXTRACTOR.extract(ANNOTATOR.annotate(article));
    }

    public static List<String> names(Extraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type).map(Entity::name).sorted().toList();
    }

    public static Optional<Entity> entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
