package org.newsgraph.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Position;
import org.newsgraph.model.Rule;

/**
 * "Foreign Minister Iwaya told his Chinese and South Korean counterparts, Wang Yi and Cho Tae-yul, ...": a
 * counterpart holds the office of the person whose counterpart they are, for the country its adjective names.
 * The adjectives are matched to the names in order.
 */
final class Counterparts {
    private final ArticleContext ctx;
    private final List<Position> known;

    Counterparts(ArticleContext ctx, List<Position> known) {
        this.ctx = ctx;
        this.known = known;
    }

    List<Position> find() {
        List<Position> out = new ArrayList<>();
        for (int s = 0; s < ctx.mentions().size(); s++) {
            List<Word> words = ctx.words().get(s);
            for (int i = 1; i < words.size(); i++) {
                if (Lexicon.lower(words.get(i).text()).startsWith("counterpart") && i + 2 < words.size()
                        && words.get(i + 1).text().equals(",")) {
                    out.addAll(counterparts(s, words, i));
                }
            }
        }
        return out;
    }

    private List<Position> counterparts(int s, List<Word> words, int noun) {
        Optional<String> office = possessorOffice(s, words, noun);
        if (office.isEmpty()) {
            return List.of();
        }
        List<Resolved> countries = new ArrayList<>();
        List<Resolved> people = new ArrayList<>();
        for (Resolved r : ctx.mentions().get(s)) {
            int at = r.mention().from();
            if (at < noun && at > noun - 8 && r.entity().type() == EntityType.COUNTRY) {
                countries.add(r);
            } else if (at > noun && at < noun + 12 && r.entity().type() == EntityType.PERSON) {
                people.add(r);
            }
        }
        List<Position> out = new ArrayList<>();
        for (int k = 0; k < people.size(); k++) {
            Resolved person = people.get(k);
            Optional<Resolved> country = countries.size() == people.size() ? Optional.of(countries.get(k))
                    : countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
            Evidence evidence = PositionFinder.evidence(ctx, s, Math.max(0, noun - 1), person.mention().to(),
                    Rule.POSITION_COUNTERPART);
            out.add(PositionFinder.position(ctx, person, office.get(), country, evidence));
        }
        return out;
    }

    /** The office of whoever "his" or "X's" refers to: the nearest person before, with a title in this article. */
    private Optional<String> possessorOffice(int s, List<Word> words, int noun) {
        Resolved possessor = null;
        for (Resolved r : ctx.mentions().get(s)) {
            if (r.entity().type() == EntityType.PERSON && r.mention().to() <= noun) {
                possessor = r;
            }
        }
        if (possessor == null) {
            return Optional.empty();
        }
        var holder = possessor.entity();
        return known.stream().filter(p -> p.holder().equals(holder)).map(Position::title).findFirst();
    }
}
