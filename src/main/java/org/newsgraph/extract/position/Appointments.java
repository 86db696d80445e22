package org.newsgraph.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
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
 * Offices given by an act: "X was sworn in as prime minister", "Y, whom the army installed as acting president",
 * "the president appointed Z as envoy". The holder is the person the verb governs: its object when a name follows
 * it, else the nearest person before it (the passive subject, or what "whom" stands for).
 */
final class Appointments {
    private static final Set<String> VERBS = Set.of("appoint", "name", "install", "elect", "swear", "nominate",
            "confirm", "reappoint", "re-elect", "choose", "select", "inaugurate");
    private static final int OBJECT_REACH = 4;

    private final ArticleContext ctx;

    Appointments(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Position> find(int s) {
        List<Word> words = ctx.words().get(s);
        List<Position> out = new ArrayList<>();
        for (int v = 1; v + 2 < words.size(); v++) {
            if (VERBS.contains(Lexicon.lower(words.get(v).lemma())) && words.get(v).pos().startsWith("VERB")) {
                appointment(s, v).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Position> appointment(int s, int v) {
        List<Word> words = ctx.words().get(s);
        int as = asAfter(words, v);
        if (as < 0) {
            return Optional.empty();
        }
        Optional<Titles.Title> title = titleAt(words, as + 1);
        Optional<Resolved> holder = title.flatMap(t -> holder(s, v, as));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        int from = Math.min(holder.get().mention().from(), v);
        Evidence evidence = PositionFinder.evidence(ctx, s, from, title.get().to(), Rule.POSITION_APPOINTED);
        return Optional.of(PositionFinder.position(ctx, holder.get(), title.get().text(), Optional.empty(),
                evidence));
    }

    /** The "as" within a short object after the verb at {@code v}, or -1. */
    private static int asAfter(List<Word> words, int v) {
        for (int k = v + 1; k < words.size() - 1 && k <= v + OBJECT_REACH; k++) {
            if (words.get(k).is("as")) {
                return k;
            }
        }
        return -1;
    }

    private static Optional<Titles.Title> titleAt(List<Word> words, int at) {
        int i = at;
        while (i < words.size() && (Lexicon.DETERMINERS.contains(Lexicon.lower(words.get(i).text()))
                || Titles.TITLE_PREFIXES.contains(Lexicon.lower(words.get(i).text())))) {
            i++;
        }
        return i < words.size() ? Titles.startingAt(words, i) : Optional.empty();
    }

    /** The object named between the verb and "as", or, with none ("sworn in as"), the person before the verb. */
    private Optional<Resolved> holder(int s, int v, int as) {
        List<Word> words = ctx.words().get(s);
        boolean noObject = as == v + 1 || as == v + 2 && words.get(v + 1).is("in");
        if (!noObject) {
            return ctx.at(s, v + 1).filter(r -> r.mention().to() == as && isPerson(r));
        }
        for (int k = v - 1; k >= 0; k--) {
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent() && isPerson(r.get())) {
                return r;
            }
            if (Narration.isPersonalPronoun(words.get(k)) || words.get(k).text().equals(";")) {
                return Optional.empty(); // "he was sworn in as": a pronoun this rule does not resolve
            }
        }
        return Optional.empty();
    }

    private static boolean isPerson(Resolved r) {
        return r.entity().type() == EntityType.PERSON;
    }
}
