package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Who "I" is outside quotation marks: the person a statement names on its first line, before a comma or a line
 * break ("Name, Secretary of State" then "Today, I am announcing ...").
 */
final class Authors {
    private final ArticleContext ctx;

    Authors(ArticleContext ctx) {
        this.ctx = ctx;
    }

    Optional<Entity> author() {
        if (ctx.words().isEmpty() || ctx.mentions().get(0).isEmpty()) {
            return Optional.empty();
        }
        Resolved first = ctx.mentions().get(0).get(0);
        List<Word> words = ctx.words().get(0);
        if (first.entity().type() != EntityType.PERSON || first.mention().from() != 0) {
            return Optional.empty();
        }
        int end = first.mention().to();
        String text = ctx.document().article().text();
        boolean lineEnds = end >= words.size() || text.substring(first.mention().end(), words.get(end).start())
                .contains("\n");
        return lineEnds || words.get(end).text().equals(",") ? Optional.of(first.entity()) : Optional.empty();
    }
}
