package org.newsgraph.extract.mention;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Position;
import org.newsgraph.model.Rule;

/**
 * "The president", "the Secretary", "the foreign minister": a title used alone, after "the", stands for the
 * person the article names with that title, when the article names exactly one; the fact finders then see a
 * mention of that person there ("the Secretary met ..." in a readout).
 */
public final class RoleMentions {
    private RoleMentions() {
    }

    public static void add(ArticleContext ctx, List<Position> positions) {
        for (int s = 0; s < ctx.words().size(); s++) {
            List<Word> words = ctx.words().get(s);
            for (int i = 1; i < words.size(); i++) {
                if (!words.get(i - 1).is("the") || ctx.at(s, i).isPresent()) {
                    continue;
                }
                Optional<Titles.Title> title = Titles.startingAt(words, i);
                if (title.isPresent() && !followedByName(ctx, s, title.get().to())) {
                    Mention m = mention(s, words, i, title.get().to());
                    holderOf(title.get().text(), positions).ifPresent(p -> ctx.addMention(new Resolved(m, p)));
                }
            }
        }
    }

    private static boolean followedByName(ArticleContext ctx, int s, int at) {
        List<Word> words = ctx.words().get(s);
        return at < words.size() && (ctx.at(s, at).isPresent() || words.get(at).isCapitalized()
                || words.get(at).is("of") || words.get(at).isPossessive());
    }

    private static Optional<Entity> holderOf(String title, List<Position> positions) {
        String role = Lexicon.lower(title);
        List<Entity> holders = positions.stream().filter(p -> sameOffice(Lexicon.lower(p.title()), role))
                .map(Position::holder).distinct().toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** "the Secretary" for "Secretary of State", "the minister" for "Foreign Minister". */
    private static boolean sameOffice(String held, String role) {
        return held.equals(role) || held.startsWith(role + " ") || held.endsWith(" " + role);
    }

    private static Mention mention(int s, List<Word> words, int from, int to) {
        return new Mention(s, from, to, words.get(from).start(), words.get(to - 1).end(),
                KbMentionFinder.join(words, from, to), EntityType.PERSON, null, NameKind.NAME, Rule.COREFERENCE);
    }
}
