package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;

/**
 * What words that name no one stand for in one article, so that the fact finders ask one place: a pronoun ("he",
 * "they", "our"), a definite description ("the two leaders", "both sides", "the delegation"), a bare title ("the
 * Secretary", "the Prime Minister") and the government that publishes the article ("we").
 */
public final class Referents {
    private final ArticleContext ctx;
    private final Narration narration;

    public Referents(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /** The state whose government published the article, when its address or source says so. */
    public Optional<Entity> publisherState() {
        return Optional.empty();
    }

    /**
     * The entities the word at {@code word} of sentence {@code sentence} stands for, in the order the article
     * introduced them; empty when the word names someone itself or the article does not say whom it means.
     */
    public List<Entity> of(int sentence, int word) {
        Word w = ctx.words().get(sentence).get(word);
        if (Narration.isPersonalPronoun(w)) {
            return narration.antecedent(sentence, word).map(Resolved::entity).stream().toList();
        }
        return List.of();
    }
}
