package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Reads the actors on either side of an event word: a coordinated group of names ("Modi and Albanese",
 * "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese") with their titles, possessors and
 * demonyms stepped over, and a subject pronoun resolved to the person it points back to.
 */
final class Actors {
    private static final Set<String> JOINERS = Set.of("and", ",", "&", "both");
    /** Words inside a group that name no actor of their own: "his Iranian counterpart", "Mexican officials". */
    private static final Set<String> FILLERS = Set.of("the", "a", "an", "his", "her", "their", "its", "former",
            "then", "counterpart", "counterparts", "leaders", "leader", "officials", "official", "delegation",
            "delegations", "representatives", "envoys", "ministers", "top", "senior", "new", "fellow", "heads",
            "head", "state", "government", "also", "host", "foreign", "-", "\u2013");
    private static final Set<String> GOVERNMENTS = Set.of("government", "governments", "administration",
            "authorities", "cabinet", "parliament");
    private static final Set<String> LEFT_STOPS = Set.of(";", ":", "\u2014");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "to", "on", "against", "with",
            "into", "for", "over", "about", "across", "near", "toward", "towards", "between", "without");
    private static final int LEFT_REACH = 30;

    private final ArticleContext ctx;
    private final Narration narration;

    Actors(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /** The group that starts at word {@code from}: names joined by "and" and commas, titles stepped over. */
    List<Resolved> after(int s, int from, Set<String> exclude) {
        List<Word> words = ctx.words.get(s);
        List<Resolved> group = new ArrayList<>();
        int committed = 0;
        boolean afterComma = false;
        boolean titled = false;
        for (int j = from; j < words.size();) {
            Word w = words.get(j);
            String lower = Lexicon.lower(w.text());
            Optional<Resolved> r = narration.isQuoted(w) ? Optional.empty() : ctx.at(s, j);
            if (r.isPresent()) {
                add(group, r.get());
                if (!afterComma || titled) {
                    committed = group.size();
                }
                titled = false;
                j = r.get().mention().to();
                continue;
            }
            if (narration.isQuoted(w)) {
                break;
            }
            if (Narration.isPersonalPronoun(w) && group.isEmpty()) {
                objectAntecedent(s, j, exclude).ifPresent(a -> add(group, a));
                committed = group.size();
                j++;
                continue;
            }
            Optional<Titles.Title> title = Titles.startingAt(words, j);
            if (title.isPresent()) {
                titled = true;
                j = title.get().to();
            } else if (lower.equals(",") && appositionEnd(s, group, j) > 0) {
                int end = appositionEnd(s, group, j);
                if (end + 1 >= words.size() || !words.get(end).text().equals(",") || !words.get(end + 1).is("and")) {
                    return List.copyOf(group.subList(0, afterComma ? committed : group.size()));
                }
                j = end + 1; // "A, a trade envoy, and B, the mayor of C": the list resumes after the apposition
            } else if (lower.equals(",")) {
                afterComma = !group.isEmpty(); // "the two ministers, A and B": the names are who the words meant
                j++;
            } else if (lower.equals("of") && affiliationEnd(s, group, j) > 0) {
                j = affiliationEnd(s, group, j); // "A of Chile and B of Peru": each country belongs to its person
            } else if (lower.equals("with") && j > from && words.get(j - 1).is("and")) {
                j++; // "talks with X, and with Y"
            } else if (lower.equals("and") || lower.equals("&")) {
                committed = group.size();
                afterComma = false;
                j++;
            } else if (group.isEmpty() && !w.isCapitalized() && j + 1 < words.size()
                    && words.get(j + 1).isPossessive()) {
                j += 2; // "the rivals' envoys, A and B": a descriptor before the names
            } else if (w.isPossessive() || FILLERS.contains(lower)) {
                j++;
            } else {
                break;
            }
        }
        // A name after a comma belongs to the list only when "and" follows or a title introduces it.
        return List.copyOf(group.subList(0, afterComma ? committed : group.size()));
    }

    /** The end of "of <country>" after a person at word {@code of}, or -1. */
    private int affiliationEnd(int s, List<Resolved> group, int of) {
        boolean afterPerson = !group.isEmpty() && group.get(group.size() - 1).entity().type() == EntityType.PERSON
                && ctx.endingBefore(s, of).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
        return afterPerson ? ctx.at(s, of + 1).filter(r -> r.entity().type() == EntityType.COUNTRY)
                .map(r -> r.mention().to()).orElse(-1) : -1;
    }

    /**
     * Where an apposition that follows a person at the comma {@code comma} ends (its closing comma or the end of
     * the sentence), or -1: a short phrase naming no person and holding no verb ("the chief of C's army staff").
     */
    private int appositionEnd(int s, List<Resolved> group, int comma) {
        List<Word> words = ctx.words.get(s);
        boolean afterPerson = !group.isEmpty() && group.get(group.size() - 1).entity().type() == EntityType.PERSON
                && ctx.endingBefore(s, comma).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
        if (!afterPerson || comma + 1 >= words.size() || words.get(comma + 1).is("and")) {
            return -1;
        }
        for (int k = comma + 1; k < Math.min(words.size(), comma + 14); k++) {
            Word w = words.get(k);
            if (w.text().equals(",") || w.text().equals(".")) {
                return k > comma + 1 ? k : -1;
            }
            boolean person = ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
            if (person || w.pos().startsWith("VERB") || w.pos().startsWith("AUX") || narration.isQuoted(w)) {
                return -1;
            }
        }
        return comma + 14 >= words.size() ? words.size() : -1;
    }

    /**
     * An object pronoun never stands for its own clause's subject ("X had hoped to visit him"): when the nearest
     * person is the subject, the pronoun points to another person named before it in the sentence, else back to
     * the sentence before.
     */
    private Optional<Resolved> objectAntecedent(int s, int j, Set<String> exclude) {
        Optional<Resolved> near = narration.antecedent(s, j).filter(a -> !exclude.contains(a.entity().identity()));
        if (near.isPresent() || exclude.isEmpty()) {
            return near;
        }
        Optional<Resolved> other = ctx.mentions.get(s).stream()
                .filter(r -> r.mention().to() <= j && r.entity().type() == EntityType.PERSON)
                .filter(r -> !exclude.contains(r.entity().identity()))
                .filter(r -> !narration.isQuoted(ctx.words.get(s).get(r.mention().from())))
                .max(java.util.Comparator.comparingInt(r -> r.mention().from()));
        if (other.isPresent() || s == 0) {
            return other; // "no one has met X since Y held a summit with him": X
        }
        return narration.antecedent(s - 1, ctx.words.get(s - 1).size())
                .filter(a -> !exclude.contains(a.entity().identity()));
    }

    /**
     * The group nearest before word {@code before} within its clause: the subject of the event word. Names that
     * only modify a noun ("the Russian Consulate") or follow a preposition ("in Seattle") are no subject.
     */
    List<Resolved> before(int s, int before) {
        List<Word> words = ctx.words.get(s);
        int floor = Math.max(0, before - LEFT_REACH);
        for (int j = before - 1; j >= floor; j--) {
            Word w = words.get(j);
            if (w.text().equals(")")) {
                j = openingParenthesis(words, j);
                continue;
            }
            if (narration.isQuoted(w) && scareQuoteStart(words, j) > 0) {
                j = scareQuoteStart(words, j); // "impose 'very severe' tariffs": a phrase quoted, no speech
                continue;
            }
            if (narration.isQuoted(w) || LEFT_STOPS.contains(w.text())) {
                break;
            }
            if ((w.is("who") || w.is("which")) && j > 0 && words.get(j - 1).text().equals(",")) {
                // "X, who hosted Y on Monday, threatened": the relative clause renames X, the subject
                Optional<Resolved> named = ctx.endingBefore(s, j - 1);
                if (named.isPresent()) {
                    return groupEndingWith(s, named.get());
                }
            }
            if (Narration.isPersonalPronoun(w) && Lexicon.lower(w.text()).matches("he|she")) {
                return narration.antecedent(s, j).map(List::of).orElse(List.of());
            }
            Optional<Resolved> r = ctx.at(s, j);
            if (r.isPresent() && canBeSubject(s, r.get(), before)) {
                return groupEndingWith(s, r.get());
            }
            if (r.isPresent()) {
                j = r.get().mention().from();
            }
        }
        return List.of();
    }

    private boolean canBeSubject(int s, Resolved r, int eventWord) {
        List<Word> words = ctx.words.get(s);
        int from = r.mention().from();
        int to = r.mention().to();
        int lead = stepOverModifiers(s, from);
        if (lead > 1 && words.get(lead - 1).is("the")
                && PREPOSITIONS.contains(Lexicon.lower(words.get(lead - 2).text()))) {
            lead--; // "at the White House"
        }
        if (lead > 0 && (PREPOSITIONS.contains(Lexicon.lower(words.get(lead - 1).text()))
                || words.get(lead - 1).pos().startsWith("VERB"))) {
            return false; // the object of a preposition or of an earlier verb: "met X and, separately, held talks"
        }
        if (to < words.size() && GOVERNMENTS.contains(Lexicon.lower(words.get(to).text()))) {
            return true; // "the British government imposed": the state acts
        }
        // The event word right after the name is no noun it modifies, whatever the tagger says ("Modi met/NOUN").
        if (to < words.size() && to != eventWord && ctx.at(s, to).isEmpty()) {
            Word next = words.get(to);
            boolean modifier = next.pos().equals("NOUN") || next.pos().equals("PROPN") || next.pos().equals("ADJ")
                    || next.pos().equals("NUM");
            if (modifier && Titles.startingAt(words, to).isEmpty() && !next.isPossessive()) {
                return false;
            }
        }
        return r.mention().kind() != NameKind.DEMONYM || to < words.size() && words.get(to).isPossessive();
    }

    private List<Resolved> groupEndingWith(int s, Resolved last) {
        List<Word> words = ctx.words.get(s);
        List<Resolved> group = new ArrayList<>();
        add(group, last);
        int k = last.mention().from();
        while (true) {
            k = stepOverModifiers(s, k);
            if (k < 2 || !JOINERS.contains(Lexicon.lower(words.get(k - 1).text()))) {
                break;
            }
            Optional<Resolved> prev = ctx.endingBefore(s, k - 1);
            if (prev.isEmpty() && words.get(k - 1).text().equals(",")) {
                prev = beforeAppositionHead(s, k - 1);
            }
            if (prev.isEmpty()) {
                break;
            }
            add(group, prev.get());
            k = prev.get().mention().from();
        }
        java.util.Collections.reverse(group);
        return List.copyOf(group);
    }

    /** "X and his Iranian counterpart, Y": the name before the head the apposition renames. */
    private Optional<Resolved> beforeAppositionHead(int s, int comma) {
        List<Word> words = ctx.words.get(s);
        boolean head = false;
        for (int j = comma - 1; j > 0; j--) {
            String lower = Lexicon.lower(words.get(j).text());
            Optional<Resolved> r = ctx.at(s, j);
            if (lower.equals("and") && head) {
                return ctx.endingBefore(s, j);
            }
            if (r.isPresent() && r.get().mention().kind() == NameKind.DEMONYM) {
                j = r.get().mention().from();
            } else if (FILLERS.contains(lower)) {
                head |= !Set.of("the", "a", "an", "his", "her", "their", "its").contains(lower);
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Index before the titles and the country or body that stand before a name: "White House adviser". */
    int stepOverModifiers(int s, int k) {
        List<Word> words = ctx.words.get(s);
        List<Titles.Title> chain = Titles.chainBefore(words, k);
        if (chain.isEmpty()) {
            return k;
        }
        int start = Titles.skipPrefixes(words, chain.get(0).from());
        Optional<Resolved> served = ctx.endingBefore(s, start)
                .filter(r -> r.entity().type().isCollectiveActor());
        return served.map(r -> r.mention().from()).orElse(start);
    }

    /** The first word of a quoted run of at most four words ending at {@code end}, or -1 for a longer one. */
    private int scareQuoteStart(List<Word> words, int end) {
        int k = end;
        while (k > 0 && narration.isQuoted(words.get(k - 1))) {
            k--;
        }
        return end - k < 4 && k > 0 ? k : -1;
    }

    private static int openingParenthesis(List<Word> words, int close) {
        for (int j = close - 1; j >= 0 && j > close - 6; j--) {
            if (words.get(j).text().equals("(")) {
                return j;
            }
        }
        return close;
    }

    private static void add(List<Resolved> group, Resolved r) {
        if (group.stream().noneMatch(g -> g.entity().identity().equals(r.entity().identity()))) {
            group.add(r);
        }
    }

    /** The people of a group; its countries and organizations only when it names no person. */
    static List<Entity> sides(List<Resolved> group) {
        List<Entity> people = group.stream().map(Resolved::entity).filter(e -> e.type() == EntityType.PERSON)
                .toList();
        if (!people.isEmpty()) {
            return people;
        }
        return group.stream().map(Resolved::entity).filter(e -> e.type().isCollectiveActor()).toList();
    }
}
