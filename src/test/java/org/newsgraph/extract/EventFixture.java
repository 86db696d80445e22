package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.Sanction;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** The real pipeline over sentences written for the event tests, and one-line forms of its facts to assert on. */
public final class EventFixture {
    /** A Friday; relative dates in the test sentences resolve against it. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);

    private final Annotator annotator = NlpModels.load().newAnnotator();
    private final Extractor extractor = Extractor.rules(KnowledgeBase.bundled());

    public Extraction extract(String text) {
        Article article = Article.of("test", text).withPublished(PUBLISHED);
        return extractor.extract(annotator.annotate(article));
    }

    /** "A+B|kind|status|date|place" for each meeting. */
    public List<String> meetings(String text) {
        return extract(text).meetings().stream().map(EventFixture::line).toList();
    }

    /** "imposers>targets|announcers|measure|status|date" for each measure. */
    public List<String> sanctions(String text) {
        return extract(text).sanctions().stream().map(EventFixture::line).toList();
    }

    public static String line(Meeting m) {
        return names(m.participants()) + "|" + m.kind().word() + "|" + m.status().word() + "|" + m.date() + "|"
                + (m.place() == null ? null : m.place().name());
    }

    public static String line(Sanction s) {
        return names(s.imposers()) + ">" + names(s.targets()) + "|" + names(s.announcers()) + "|"
                + s.measure().word() + "|" + s.status().word() + "|" + s.date();
    }

    public static String names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.joining("+"));
    }
}
