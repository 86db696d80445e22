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
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Reads the actors on either side of an event word: a coordinated group of names ("Modi and Albanese",
 * "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese") with their titles, possessors and
 * demonyms stepped over, and a subject pronoun resolved to the person it points back to.
 */
public final class Actors {
    private static final Set<String> JOINERS = Set.of("and", ",", "&", "both");
    /** Words inside a group that name no actor of their own: "his Iranian counterpart", "Mexican officials". */
    static final Set<String> FILLERS = Set.of("the", "a", "an", "his", "her", "their", "its", "former",
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

    public Actors(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /** The group that starts at word {@code from}: names joined by "and" and commas, titles stepped over. */
    public List<Resolved> after(int s, int from, Set<String> exclude) {
        return new FollowingGroup(ctx, narration, s, exclude).readFrom(from);
    }

    /**
     * The group nearest before word {@code before} within its clause: the subject of the event word. Names that
     * only modify a noun ("the Russian Consulate") or follow a preposition ("in Seattle") are no subject.
     */
    public List<Resolved> before(int s, int before) {
        List<Word> words = ctx.words().get(s);
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
        List<Word> words = ctx.words().get(s);
        int from = r.mention().from();
        int to = r.mention().to();
        int lead = stepOverModifiers(s, from);
        if (lead > 1 && words.get(lead - 1).is("the")
                && PREPOSITIONS.contains(Lexicon.lower(words.get(lead - 2).text()))) {
            lead--; // "at the Elysee Palace"
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
        List<Word> words = ctx.words().get(s);
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
        List<Word> words = ctx.words().get(s);
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
                head |= !Lexicon.DETERMINERS.contains(lower);
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Index before the titles and the country or body that stand before a name: "White House adviser". */
    int stepOverModifiers(int s, int k) {
        List<Word> words = ctx.words().get(s);
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

    static void add(List<Resolved> group, Resolved r) {
        if (group.stream().noneMatch(g -> g.entity().identity().equals(r.entity().identity()))) {
            group.add(r);
        }
    }

    public static Set<String> identities(List<Resolved> group) {
        return group.stream().map(r -> r.entity().identity()).collect(java.util.stream.Collectors.toSet());
    }

    /** The people of a group; its countries and organizations only when it names no person. */
    public static List<Entity> sides(List<Resolved> group) {
        List<Entity> people = group.stream().map(Resolved::entity).filter(e -> e.type() == EntityType.PERSON)
                .toList();
        if (!people.isEmpty()) {
            return people;
        }
        return group.stream().map(Resolved::entity).filter(e -> e.type().isCollectiveActor()).toList();
    }
}
