package org.newsgraph.extract.discourse;

import java.util.Optional;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Rule;

/**
 * The state whose government published an article: from the address's host when it is a government's (a mirror
 * never is), else from the publisher the source line names first.
 */
final class PublisherState {
    private PublisherState() {
    }

    static Optional<KbEntry> of(Article article, KnowledgeBase kb) {
        Optional<KbEntry> byHost = article.url() == null ? Optional.empty()
                : GovernmentHosts.state(GovernmentHosts.hostOf(article.url()), kb);
        if (byHost.isPresent() || article.source() == null) {
            return byHost;
        }
        return GovernmentSources.state(article.source(), kb);
    }

    /** The state as an entity of the article; an article that never names it now lists it. */
    static Optional<Entity> entity(ArticleContext ctx) {
        if (ctx.document().sentences().isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = Evidence.of(ctx.sentence(0), Rule.PUBLISHER_STATE);
        return of(ctx.document().article(), ctx.knowledgeBase()).flatMap(e -> ctx.entityOf(e.qid(), evidence));
    }
}
