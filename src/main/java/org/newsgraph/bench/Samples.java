package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SourceItem;
import org.newsgraph.model.Article;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** The sample articles the corpus is made of, split into sentences by the pipeline's own annotator. */
record Samples(List<Sample> all) {
    /** One sample: its headline, its body sentences in order, and its publication day. */
    record Sample(String headline, List<String> sentences, LocalDate published) {
    }

    static Samples read(Path folder) {
        Annotator annotator = NlpModels.load().newTokenAnnotator();
        List<Sample> out = new ArrayList<>();
        try (Stream<SourceItem> items = ArticleSource.of(List.of(folder), ArticleSource.DEFAULT_MAX_ARTICLE_BYTES)
                .items()) {
            items.filter(SourceItem.Read.class::isInstance)
                    .map(i -> ((SourceItem.Read) i).article())
                    .forEach(a -> out.add(sample(a, annotator)));
        }
        if (out.isEmpty()) {
            throw new NewsGraphException("no sample articles (.txt) in " + folder.toAbsolutePath()
                    + ": run the benchmark from the project folder or pass --samples");
        }
        return new Samples(List.copyOf(out));
    }

    private static Sample sample(Article a, Annotator annotator) {
        List<String> sentences = new ArrayList<>(annotator.annotate(a).sentences().stream()
                .map(Sentence::text).toList());
        String headline = a.title() != null ? a.title() : sentences.get(0);
        if (!sentences.isEmpty() && sentences.get(0).equals(headline)) {
            sentences.remove(0);
        }
        LocalDate published = a.published() != null ? a.published() : LocalDate.of(2025, 1, 1);
        return new Sample(headline, List.copyOf(sentences), published);
    }
}
