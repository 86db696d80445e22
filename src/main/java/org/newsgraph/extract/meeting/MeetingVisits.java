package org.newsgraph.extract.meeting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Actors;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.Rule;

/**
 * Visits: "X visited Y", "X's first visit to Y", "went on the trip with Y", and the invitations that plan one
 * ("an invitation from A for B to visit X").
 */
final class MeetingVisits {
    private final ArticleContext ctx;
    private final Narration narration;
    private final Actors actors;

    MeetingVisits(ArticleContext ctx, Narration narration, Actors actors) {
        this.ctx = ctx;
        this.narration = narration;
        this.actors = actors;
    }

    Optional<MeetingTrigger> visit(int s, int i) {
        List<Word> words = ctx.words().get(s);
        int with = i + 1 < words.size() && words.get(i + 1).is("together") ? i + 2 : i + 1;
        if (with < words.size() - 1 && words.get(with).is("with") && !MeetingPhrases.verbLike(words, i)) {
            // "X went on the journey with Y": Y travelled as X did
            List<Resolved> visitor = actors.before(s, i);
            return Optional.of(new MeetingTrigger(MeetingKind.VISIT, Rule.MEETING_VERB, visitor,
                    actors.after(s, with + 1, Actors.identities(visitor)), null, true));
        }
        int object = i + 1 < words.size() && words.get(i + 1).is("to") ? i + 2 : i + 1;
        if (object < words.size() && words.get(object).is("the")) {
            object++;
        }
        Optional<Resolved> visited = object < words.size() ? ctx.at(s, object) : Optional.empty();
        if (visited.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Resolved>> owner = possessor(s, i);
        if (owner.filter(List::isEmpty).isPresent()) {
            return Optional.empty(); // "the leader's first visit": a visitor this sentence does not name
        }
        List<Resolved> visitor = owner.orElseGet(() -> actors.before(s, i));
        if (i >= 2 && words.get(i - 1).is("to") && Lexicon.lower(words.get(i - 2).text()).startsWith("invitation")) {
            return Optional.of(invitation(s, i - 2));
        }
        int guest = MeetingPhrases.forGuest(words, i);
        if (guest > 0) {
            return invited(s, guest);
        }
        if (visited.get().entity().type() == EntityType.PERSON) {
            return Optional.of(new MeetingTrigger(MeetingKind.IN_PERSON, Rule.MEETING_VERB, visitor,
                    List.of(visited.get()), null, false));
        }
        return Optional.of(new MeetingTrigger(MeetingKind.VISIT, Rule.MEETING_VERB, visitor, List.of(), null, true));
    }

    /**
     * The owner of a visit told as a noun with a possessive ("Modi's first visit", "the envoy's two-day visit"): the
     * visitor is who the possessive names, or nobody the sentence resolves; empty without a possessive.
     */
    private Optional<List<Resolved>> possessor(int s, int i) {
        List<Word> words = ctx.words().get(s);
        int k = i - 1;
        while (k > 0 && k >= i - 3 && !words.get(k).isPossessive()
                && Set.of("ADJ", "NUM").contains(words.get(k).pos())) {
            k--;
        }
        if (k <= 0 || !words.get(k).isPossessive()) {
            return Optional.empty();
        }
        return Optional.of(ctx.endingBefore(s, k + 1).map(List::of).orElse(List.of()));
    }

    /** "A extended to B an invitation to visit X": a visit planned between the people named, hosted by the first. */
    private MeetingTrigger invitation(int s, int noun) {
        List<Resolved> both = ctx.mentions().get(s).stream().filter(r -> r.mention().to() <= noun)
                .filter(r -> r.entity().type() == EntityType.PERSON)
                .filter(r -> !narration.isQuoted(ctx.words().get(s).get(r.mention().from()))).toList();
        Entity host = both.isEmpty() ? null : both.get(0).entity();
        return new MeetingTrigger(MeetingKind.VISIT, Rule.MEETING_VERB, both, List.of(), host, true);
    }

    /**
     * "Passed on an invitation from A for B to visit X": a visit planned by B, hosted by the inviter (the person
     * after "from", else the first person named).
     */
    private Optional<MeetingTrigger> invited(int s, int guestAt) {
        List<Word> words = ctx.words().get(s);
        Optional<Resolved> guest = ctx.at(s, guestAt).filter(r -> r.entity().type() == EntityType.PERSON);
        List<Resolved> before = ctx.mentions().get(s).stream().filter(r -> r.mention().to() <= guestAt)
                .filter(r -> r.entity().type() == EntityType.PERSON && !narration.isQuoted(
                        words.get(r.mention().from()))).toList();
        Optional<Resolved> host = before.stream().filter(r -> words.subList(Math.max(0, r.mention().from() - 4),
                r.mention().from()).stream().anyMatch(w -> w.is("from"))).findFirst()
                .or(() -> before.stream().findFirst());
        return guest.map(g -> new MeetingTrigger(MeetingKind.VISIT, Rule.MEETING_VERB, List.of(g),
                host.map(List::of).orElse(List.of()), host.map(Resolved::entity).orElse(null), true));
    }
}
