package org.newsgraph.extract.position;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.mention.Appositions;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Position;
import org.newsgraph.model.Rule;

/**
 * A plural title set before a list of names holds for every name in it: "the neighbours' foreign ministers, A of
 * Chile and B of Peru". The first name is read as a plain apposition; this finds the ones after it.
 */
final class ListedRoles {
    private final ArticleContext ctx;

    ListedRoles(ArticleContext ctx) {
        this.ctx = ctx;
    }

    Optional<Position> of(int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        int own = head(s, person);
        int start = listStart(s, own);
        if (start == own) {
            return Optional.empty();
        }
        Optional<Titles.Title> role = Appositions.roleBefore(words, start)
                .filter(t -> isPlural(words, t));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Optional<Resolved> served = affiliation(ctx, s, person)
                .or(() -> ctx.endingBefore(s, Titles.skipPrefixes(words, role.get().from()))
                        .filter(PositionFinder::canServe));
        Evidence evidence = PositionFinder.evidence(ctx, s, role.get().from(), person.mention().to(),
                Rule.POSITION_LISTED);
        return Optional.of(PositionFinder.position(ctx, person, role.get().text(), served, evidence));
    }

    /** Where the list that ends with the name starting at {@code head} begins: members joined by "," and "and". */
    private int listStart(int s, int head) {
        List<Word> words = ctx.words().get(s);
        int k = head;
        while (k >= 2 && (words.get(k - 1).is("and") || words.get(k - 1).text().equals(","))) {
            int joint = words.get(k - 1).is("and") && words.get(k - 2).text().equals(",") ? k - 2 : k - 1;
            Optional<Resolved> previous = ctx.endingBefore(s, joint);
            if (previous.isPresent() && previous.get().entity().type() == EntityType.COUNTRY
                    && previous.get().mention().from() > 0
                    && words.get(previous.get().mention().from() - 1).is("of")) {
                previous = ctx.endingBefore(s, previous.get().mention().from() - 1); // "A of Chile and B"
            }
            if (previous.isEmpty() || previous.get().entity().type() != EntityType.PERSON) {
                break;
            }
            k = head(s, previous.get());
        }
        return k;
    }

    /** The first word of the name with the titles written before it: "Vice President Han Zheng". */
    static int head(ArticleContext ctx, int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        List<Titles.Title> chain = Titles.chainBefore(words, person.mention().from());
        return chain.isEmpty() ? person.mention().from() : Titles.skipPrefixes(words, chain.get(0).from());
    }

    private int head(int s, Resolved person) {
        return head(ctx, s, person);
    }

    /** "A of Chile": the country written right after the name. */
    static Optional<Resolved> affiliation(ArticleContext ctx, int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        int to = person.mention().to();
        if (to + 1 >= words.size() || !words.get(to).is("of")) {
            return Optional.empty();
        }
        return ctx.at(s, to + 1).filter(r -> r.entity().type() == EntityType.COUNTRY);
    }

    /** "foreign ministers": the words are plural while the title found is their singular. */
    private static boolean isPlural(List<Word> words, Titles.Title role) {
        return Lexicon.lower(words.get(role.to() - 1).text()).endsWith("s")
                && !Lexicon.lower(role.text()).endsWith("s");
    }
}
