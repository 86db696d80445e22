package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.discourse.Actors;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Who sits at the table: a country's office holder when the text names the office, countries coordinated with
 * "and the", a person in apposition to a description, and the second partner met apart after "and with".
 */
final class MeetingSides {
    private final ArticleContext ctx;
    private final Narration narration;
    private final Actors actors;

    MeetingSides(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
        this.actors = new Actors(ctx, narration);
    }

    /**
     * "Met A on Monday, and with B": B was met apart from A, on the date the words after "with" give, else when
     * and where A was met.
     */
    Optional<MeetingDraft> secondPartner(int s, int i, List<Resolved> subjectGroup, MeetingDraft first) {
        List<Word> words = ctx.words().get(s);
        int with = MeetingPhrases.andWith(words, i);
        if (with < 0 || subjectGroup.isEmpty()) {
            return Optional.empty();
        }
        Set<String> subject = subjectGroup.stream().map(r -> r.entity().identity())
                .collect(java.util.stream.Collectors.toSet());
        List<Entity> others = officeHolders(s, actors.after(s, with, subject)).stream()
                .filter(e -> !subject.contains(e.identity())).toList();
        long kept = first.participants.keySet().stream()
                .filter(k -> others.stream().noneMatch(e -> e.identity().equals(k))).count();
        if (others.isEmpty() || kept < 2) {
            return Optional.empty();
        }
        others.forEach(e -> first.participants.remove(e.identity()));
        List<Entity> both = new ArrayList<>(officeHolders(s, subjectGroup));
        both.addAll(others);
        MeetingDraft d = new MeetingDraft(s, first.kind, first.status, both, first.evidence.get(0));
        d.host = first.host;
        d.distinct = true;
        d.place = first.place;
        d.venue = first.venue;
        int from = words.get(with).start();
        d.date = narration.dates(s).stream().filter(m -> m.start() > from).findFirst().map(DateMention::date)
                .orElse(first.date);
        return Optional.of(d);
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
        List<Word> words = ctx.words().get(s);
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
        List<Word> words = ctx.words().get(s);
        return ctx.mentions().get(s).stream().filter(r -> r.entity().identity().equals(place.identity()))
                .anyMatch(r -> words.subList(Math.min(i, r.mention().from()), Math.max(i, r.mention().from()))
                        .stream().noneMatch(w -> w.text().equals(",")));
    }

    /**
     * "A and the EU's trade chief, B": the person joined by "and" to the description B is in apposition with.
     */
    private Optional<Resolved> describedPartner(int s, Resolved named) {
        List<Word> words = ctx.words().get(s);
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
    List<Resolved> withoutPossessors(int s, List<Resolved> group) {
        List<Word> words = ctx.words().get(s);
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
                actors.after(s, k + 1, Set.of()).stream().filter(n -> !out.contains(n)).forEach(out::add);
            }
        }
        return out;
    }

    /** "The foreign ministers of A and B met": A's and B's foreign ministers when named, else A and B. */
    List<Entity> officeHolders(int s, List<Resolved> group) {
        List<Entity> sides = Actors.sides(group);
        List<Word> words = ctx.words().get(s);
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
