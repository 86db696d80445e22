package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/** Who sits at the table for a side named as a country: its office holder when the text names the office. */
final class MeetingSides {
    private final ArticleContext ctx;
    private final Narration narration;

    MeetingSides(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /** "The foreign ministers of A and B met": A's and B's foreign ministers when named, else A and B. */
    List<Entity> officeHolders(int s, List<Resolved> group) {
        List<Entity> sides = Actors.sides(group);
        List<Word> words = ctx.words.get(s);
        // Actors told in an earlier sentence (a follow-up's "the two sides") have no "of" before them here.
        int first = group.stream().filter(r -> r.mention().sentence() == s).mapToInt(r -> r.mention().from())
                .min().orElse(0);
        if (first < 2 || !words.get(first - 1).is("of")
                || sides.stream().anyMatch(e -> e.type() != EntityType.COUNTRY)) {
            return sides;
        }
        String plural = Lexicon.lower(words.get(first - 2).text());
        if (!plural.endsWith("s") || plural.length() < 4) {
            return sides;
        }
        String office = plural.substring(0, plural.length() - 1);
        if (first >= 3 && words.get(first - 3).pos().equals("ADJ")) {
            office = Lexicon.lower(words.get(first - 3).text()) + " " + office;
        }
        String wanted = office;
        List<Entity> holders = sides.stream().map(c -> narration.holderOf(c, wanted)
                .or(() -> narration.servantIn(s, c)).or(() -> narration.servantIn(s + 1, c)).orElse(c)).toList();
        // Either every side's holder is named or none: a lone minister among countries is no meeting of equals.
        return holders.stream().allMatch(e -> e.type() == EntityType.PERSON) ? holders
                : sides.stream().map(c -> narration.holderOf(c, wanted).orElse(c)).toList();
    }
}
