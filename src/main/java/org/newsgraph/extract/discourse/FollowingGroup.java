package org.newsgraph.extract.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;

/**
 * One reading of the group of names that starts at a word, left to right: names joined by "and" and commas, with
 * titles, possessives, appositions and affiliations stepped over. A name after a comma belongs to the group only
 * when "and" follows it or a title introduces it ("met A on Monday, B said": B is no partner).
 */
final class FollowingGroup {
    private static final int APPOSITION_REACH = 14;

    private final ArticleContext ctx;
    private final Narration narration;
    private final int s;
    private final List<Word> words;
    private final Set<String> exclude;
    private final List<Resolved> group = new ArrayList<>();
    /** How many of the names so far belong to the group whatever follows. */
    private int committed;
    private boolean afterComma;
    private boolean titled;

    FollowingGroup(ArticleContext ctx, Narration narration, int s, Set<String> exclude) {
        this.ctx = ctx;
        this.narration = narration;
        this.s = s;
        this.words = ctx.words().get(s);
        this.exclude = exclude;
    }

    List<Resolved> readFrom(int from) {
        for (int j = from; j >= 0 && j < words.size();) {
            j = step(j, from);
        }
        return List.copyOf(group.subList(0, afterComma ? committed : group.size()));
    }

    /** Reads the word at {@code j}; returns the index of the next word to read, or -1 where the group ends. */
    private int step(int j, int from) {
        Word w = words.get(j);
        if (narration.isQuoted(w)) {
            return -1;
        }
        Optional<Resolved> r = ctx.at(s, j);
        if (r.isPresent()) {
            Actors.add(group, r.get());
            if (!afterComma || titled) {
                committed = group.size();
            }
            titled = false;
            return r.get().mention().to();
        }
        if (Narration.isPersonalPronoun(w) && group.isEmpty()) {
            objectAntecedent(j).ifPresent(a -> Actors.add(group, a));
            committed = group.size();
            return j + 1;
        }
        Optional<Titles.Title> title = Titles.startingAt(words, j);
        if (title.isPresent()) {
            titled = true;
            return title.get().to();
        }
        return stepOverJoiner(j, from);
    }

    private int stepOverJoiner(int j, int from) {
        Word w = words.get(j);
        String lower = Lexicon.lower(w.text());
        if (lower.equals(",") && appositionEnd(j) > 0) {
            int end = appositionEnd(j);
            boolean listResumes = end + 1 < words.size() && words.get(end).text().equals(",")
                    && words.get(end + 1).is("and");
            return listResumes ? end + 1 : -1; // "A, a trade envoy, and B, the mayor of C"
        }
        if (lower.equals(",")) {
            afterComma = !group.isEmpty(); // "the two ministers, A and B": the names are who the words meant
            return j + 1;
        }
        if (lower.equals("of") && affiliationEnd(j) > 0) {
            return affiliationEnd(j); // "A of Chile and B of Peru": each country belongs to its person
        }
        if (lower.equals("with") && j > from && words.get(j - 1).is("and")) {
            return j + 1; // "talks with X, and with Y"
        }
        if (lower.equals("and") || lower.equals("&")) {
            committed = group.size();
            afterComma = false;
            return j + 1;
        }
        if (group.isEmpty() && !w.isCapitalized() && j + 1 < words.size() && words.get(j + 1).isPossessive()) {
            return j + 2; // "the rivals' envoys, A and B": a descriptor before the names
        }
        return w.isPossessive() || Actors.FILLERS.contains(lower) ? j + 1 : -1;
    }

    private boolean afterPerson(int k) {
        return !group.isEmpty() && group.get(group.size() - 1).entity().type() == EntityType.PERSON
                && ctx.endingBefore(s, k).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
    }

    /** The end of "of <country>" after a person at word {@code of}, or -1. */
    private int affiliationEnd(int of) {
        return afterPerson(of) ? ctx.at(s, of + 1).filter(r -> r.entity().type() == EntityType.COUNTRY)
                .map(r -> r.mention().to()).orElse(-1) : -1;
    }

    /**
     * Where an apposition that follows a person at the comma {@code comma} ends (its closing comma or the end of
     * the sentence), or -1: a short phrase naming no person and holding no verb ("the chief of C's army staff").
     */
    private int appositionEnd(int comma) {
        if (!afterPerson(comma) || comma + 1 >= words.size() || words.get(comma + 1).is("and")) {
            return -1;
        }
        for (int k = comma + 1; k < Math.min(words.size(), comma + APPOSITION_REACH); k++) {
            Word w = words.get(k);
            if (w.text().equals(",") || w.text().equals(".")) {
                return k > comma + 1 ? k : -1;
            }
            boolean person = ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
            if (person || w.pos().startsWith("VERB") || w.pos().startsWith("AUX") || narration.isQuoted(w)) {
                return -1;
            }
        }
        return comma + APPOSITION_REACH >= words.size() ? words.size() : -1;
    }

    /**
     * An object pronoun never stands for its own clause's subject ("X had hoped to visit him"): when the nearest
     * person is the subject, the pronoun points to another person named before it in the sentence, else back to
     * the sentence before.
     */
    private Optional<Resolved> objectAntecedent(int j) {
        Optional<Resolved> near = narration.antecedent(s, j).filter(a -> !exclude.contains(a.entity().identity()));
        if (near.isPresent() || exclude.isEmpty()) {
            return near;
        }
        Optional<Resolved> other = ctx.mentions().get(s).stream()
                .filter(r -> r.mention().to() <= j && r.entity().type() == EntityType.PERSON)
                .filter(r -> !exclude.contains(r.entity().identity()))
                .filter(r -> !narration.isQuoted(words.get(r.mention().from())))
                .max(java.util.Comparator.comparingInt(r -> r.mention().from()));
        if (other.isPresent() || s == 0) {
            return other; // "no one has met X since Y held a summit with him": X
        }
        return narration.antecedent(s - 1, ctx.words().get(s - 1).size())
                .filter(a -> !exclude.contains(a.entity().identity()));
    }
}
