package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.quote.QuoteFinder;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** The real pipeline up to the fact finders, for the tests of what words that name no one stand for. */
public final class DiscourseFixture {
    /** A Friday; relative dates in the test sentences resolve against it. */
    public static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);
    private static final Annotator ANNOTATOR = NlpModels.load().newAnnotator();
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(KnowledgeBase.bundled(), org.newsgraph.link.PersonLinker.NONE);

    private DiscourseFixture() {
    }

    /** An article read up to the fact finders, with the referents the finders would ask. */
    public record Read(ArticleContext ctx, Referents referents) {
        /** The index of the {@code nth} word (from 0) of sentence {@code s} written {@code text}. */
        public int word(int s, String text, int nth) {
            List<Word> words = ctx.words().get(s);
            int seen = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).text().equals(text) && seen++ == nth) {
                    return i;
                }
            }
            throw new IllegalArgumentException("sentence " + s + " has no word " + text + " #" + nth + ": " + words);
        }

        public int word(int s, String text) {
            return word(s, text, 0);
        }

        /** The names of what the {@code nth} word {@code text} of sentence {@code s} stands for. */
        public List<String> of(int s, String text, int nth) {
            return referents.of(s, word(s, text, nth)).stream().map(e -> e.name()).toList();
        }

        public List<String> of(int s, String text) {
            return of(s, text, 0);
        }
    }

    public static Article article(String text) {
        return Article.of("test", text).withPublished(PUBLISHED);
    }

    public static synchronized Read read(Article article) {
        RuleBasedExtractor.Reading r = EXTRACTOR.read(ANNOTATOR.annotate(article));
        return new Read(r.ctx(), new Referents(r.ctx(), r.narration(),
                new QuoteFinder().find(r.ctx(), r.narration())));
    }

    public static Read read(String text) {
        return read(article(text));
    }
}
