package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Position;

/**
 * A title used alone ("the Secretary", "the Foreign Secretary", "the Prime Minister of Spain"): the person the
 * article introduced with that office; else, when no one in the article holds it, the state the title names
 * ("of Spain") or, for a government office, the state whose government publishes the article. A readout does
 * not name its own Prime Minister: that office-holder stands for his country.
 */
final class BareTitles {
    /** Offices of a government, by the last word of the title: what an unnamed holder's state stands in for. */
    private static final Set<String> GOVERNMENT_OFFICES = Set.of("president", "minister", "secretary",
            "chancellor", "premier", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman");
    private static final int LONGEST = 5;

    private final ArticleContext ctx;
    private final List<Position> positions;
    private final Supplier<Optional<Entity>> publisher;

    BareTitles(ArticleContext ctx, List<Position> positions, Supplier<Optional<Entity>> publisher) {
        this.ctx = ctx;
        this.positions = positions;
        this.publisher = publisher;
    }

    /** A title after "the" that covers word {@code word}, not followed by the name of its holder. */
    Optional<Titles.Title> at(int s, int word) {
        List<Word> words = ctx.words().get(s);
        for (int k = Math.max(1, word - LONGEST); k <= word; k++) {
            Optional<Titles.Title> t = Titles.startingAt(words, k);
            if (t.isPresent() && t.get().to() > word && words.get(k - 1).is("the") && !named(s, t.get().to())) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Whom the bare title at word {@code word} stands for: its holder, else a state; empty when unsure. */
    Optional<Entity> of(int s, int word) {
        Optional<Titles.Title> title = at(s, word);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> of = countryAfter(s, title.get().to());
        List<Entity> holders = positions.stream()
                .filter(p -> sameOffice(Lexicon.lower(p.title()), Lexicon.lower(title.get().text())))
                .filter(p -> of.isEmpty() || p.country() != null && p.country().identity().equals(of.get().identity()))
                .map(Position::holder).distinct().toList();
        if (!holders.isEmpty()) {
            return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty(); // two presidents: unsure
        }
        if (of.isPresent()) {
            return of;
        }
        String head = Lexicon.lower(words(s).get(title.get().to() - 1).text());
        return GOVERNMENT_OFFICES.contains(head) ? publisher.get() : Optional.empty();
    }

    private List<Word> words(int s) {
        return ctx.words().get(s);
    }

    /**
     * A name right after the title is its holder's: "the President, Ana Ruiz" and "the President of Peru, Ana
     * Ruiz" are no bare titles.
     */
    private boolean named(int s, int at) {
        List<Word> words = words(s);
        Optional<Entity> of = countryAfter(s, at);
        if (of.isPresent()) {
            int end = ctx.at(s, at + (words.get(at + 1).is("the") ? 2 : 1)).get().mention().to();
            return end + 1 < words.size() && words.get(end).text().equals(",")
                    && ctx.at(s, end + 1).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
        }
        if (at >= words.size()) {
            return false;
        }
        Word next = words.get(at);
        boolean apposition = next.text().equals(",") && at + 1 < words.size()
                && ctx.at(s, at + 1).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
        return ctx.at(s, at).isPresent() || next.isPossessive() || apposition
                || next.isCapitalized() && !next.isPunctuation();
    }

    /** "the Prime Minister of Spain": the country after "of". */
    private Optional<Entity> countryAfter(int s, int at) {
        List<Word> words = words(s);
        if (at + 1 >= words.size() || !words.get(at).is("of")) {
            return Optional.empty();
        }
        int k = words.get(at + 1).is("the") ? at + 2 : at + 1;
        return ctx.at(s, k).filter(r -> r.entity().type() == EntityType.COUNTRY).map(Resolved::entity);
    }

    /** "the Secretary" for "Secretary of State", "the minister" for "Foreign Minister". */
    static boolean sameOffice(String held, String role) {
        return held.equals(role) || held.startsWith(role + " ") || held.endsWith(" " + role);
    }
}
