package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * "Delegations from India and the Maldives met": a country named with "the" ends the group the subject reader
     * sees, so the countries joined to it by "and" or a comma are added here.
     */
    List<Resolved> coordinated(int s, List<Resolved> group) {
        if (group.size() == 1 && group.get(0).entity().type() == EntityType.PERSON) {
            return describedPartner(s, group.get(0)).map(p -> List.of(p, group.get(0))).orElse(group);
        }
        boolean countries = !group.isEmpty() && group.stream().allMatch(r -> r.mention().sentence() == s
                && r.entity().type().isCollectiveActor());
        if (!countries) {
            return group;
        }
        List<Word> words = ctx.words.get(s);
        List<Resolved> out = new ArrayList<>(group);
        int k = group.stream().mapToInt(r -> r.mention().from()).min().orElse(0);
        boolean article = k > 0 && words.get(k - 1).is("the");
        while (article && k >= 2) {
            int joiner = words.get(k - 1).is("the") ? k - 2 : k - 1;
            boolean joined = joiner > 0 && (words.get(joiner).is("and") || words.get(joiner).text().equals(","));
            Optional<Resolved> prev = joined ? ctx.endingBefore(s, joiner) : Optional.empty();
            if (prev.isEmpty() || !prev.get().entity().type().isCollectiveActor()) {
                break;
            }
            if (out.stream().noneMatch(r -> r.entity().identity().equals(prev.get().entity().identity()))) {
                out.add(0, prev.get());
            }
            k = prev.get().mention().from();
        }
        return out;
    }

    /** Whether {@code place} is named between the commas around word {@code i}: "a call on May 2, and met in Rome". */
    boolean placeInClause(int s, int i, Entity place) {
        if (place == null) {
            return false;
        }
        List<Word> words = ctx.words.get(s);
        return ctx.mentions.get(s).stream().filter(r -> r.entity().identity().equals(place.identity()))
                .anyMatch(r -> words.subList(Math.min(i, r.mention().from()), Math.max(i, r.mention().from()))
                        .stream().noneMatch(w -> w.text().equals(",")));
    }

    /**
     * "A and the EU's trade chief, B": the person joined by "and" to the description B is in apposition with.
     */
    private Optional<Resolved> describedPartner(int s, Resolved named) {
        List<Word> words = ctx.words.get(s);
        int comma = named.mention().from() - 1;
        if (named.mention().sentence() != s || comma < 2 || !words.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        for (int k = comma - 1; k >= Math.max(1, comma - 7); k--) {
            Word w = words.get(k);
            if (w.is("and")) {
                return ctx.endingBefore(s, k).filter(r -> r.entity().type() == EntityType.PERSON);
            }
            boolean person = ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
            if (person || w.pos().startsWith("VERB") || w.pos().startsWith("AUX") || w.text().equals(",")
                    || narration.isQuoted(w)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "Met Sri Lanka's new president", "to see X's predecessor, Y": a name in the possessive before a noun stands
     * for someone else, so it is no partner; a person the noun is in apposition with is.
     */
    List<Resolved> withoutPossessors(int s, List<Resolved> group, Actors actors) {
        List<Word> words = ctx.words.get(s);
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : group) {
            int to = r.mention().to();
            boolean possessor = r.mention().sentence() == s && to + 1 < words.size() && words.get(to).isPossessive()
                    && ctx.at(s, to + 1).isEmpty() && !words.get(to + 1).isCapitalized();
            if (!possessor) {
                out.add(r);
                continue;
            }
            int k = to + 1;
            while (k < Math.min(words.size() - 1, to + 5) && !words.get(k).text().equals(",")) {
                k++;
            }
            boolean named = words.get(k).text().equals(",") && ctx.at(s, k + 1)
                    .filter(n -> n.entity().type() == EntityType.PERSON).isPresent();
            if (named) {
                actors.after(s, k + 1, java.util.Set.of()).stream().filter(n -> !out.contains(n)).forEach(out::add);
            }
        }
        return out;
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
