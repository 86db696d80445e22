package org.newsgraph.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MeetingKind;
import org.newsgraph.model.Rule;

/**
 * Visits stated by a verb or a trip noun: the traveller, the places gone to (each a visit of its own), the person
 * visited or invited by, and the invitation that plans one ("an invitation from A for B to visit X").
 */
final class Visits {
    private final ArticleContext ctx;
    private final Sides sides;

    Visits(ArticleContext ctx, Sides sides) {
        this.ctx = ctx;
        this.sides = sides;
    }

    /** "A visited X and Y", "A will travel to X", "A arrived in X", "an invitation for A to visit X". */
    Optional<Reading> read(int s, Tree t, int v, String lemma) {
        List<Integer> places = switch (lemma) {
            case "visit", "tour" -> t.child(v, "dobj").map(t::conjuncts).orElse(List.of());
            case "arrive" -> objects(t, v, Set.of("in", "at"));
            default -> objects(t, v, Set.of("to"));
        };
        Optional<Integer> invitation = invitation(t, v);
        if (t.children(v, Set.of("mark")).stream().anyMatch(m -> t.lemma(m).equals("for")) && invitation.isEmpty()) {
            return Optional.empty(); // "too early for A to visit X": no visit is told
        }
        List<Entity> guests = travellers(invitation.map(n -> guest(s, t, v, n))
                .orElseGet(() -> sides.subjectOf(s, t, v).entities()));
        List<Entity> visitor = guests;
        List<Entity> people = places.stream().map(p -> ctx.at(s, p)).flatMap(Optional::stream)
                .map(Resolved::entity).filter(Sides::isPerson).toList();
        List<Integer> destinations = places.stream().filter(p -> isPlace(s, p)).toList();
        Optional<Entity> from = invitation.flatMap(n -> t.prepositionObjects(n, Set.of("from")).stream()
                .flatMap(o -> sides.of(s, t, o).entities().stream()).findFirst());
        Optional<Entity> giver = invitation.filter(n -> from.isEmpty()).flatMap(n -> giver(s, t, n, guests));
        Optional<Entity> host = from.or(() -> giver);
        List<Sides.Group> partners = new ArrayList<>();
        if (giver.isPresent()) {
            // "A gave B an invitation to visit X": the inviter told first
            partners.add(new Sides.Group(visitor, false, false));
            visitor = List.of(giver.get());
        }
        from.ifPresent(h -> partners.add(new Sides.Group(List.of(h), false, false)));
        if (!people.isEmpty()) {
            partners.add(new Sides.Group(people, false, false)); // "visited A": a call on a person
        }
        urged(s, t, v).or(() -> purpose(s, t, v)).ifPresent(partners::add);
        if (visitor.isEmpty() || destinations.isEmpty() && partners.isEmpty()) {
            return Optional.empty();
        }
        MeetingKind kind = people.isEmpty() ? MeetingKind.VISIT : MeetingKind.IN_PERSON;
        return Optional.of(new Reading(v, v, kind, Rule.MEETING_VERB, visitor, partners, host.orElse(null),
                destinations, VerbReader.separate(t, v)));
    }

    /** "A's visit to X", "made a trip to X", "the upcoming travel of A to X": a visit told as a noun. */
    Optional<Reading> trip(int s, Tree t, int n, int clause) {
        List<Integer> destinations = objects(t, n, Set.of("to")).stream().filter(p -> isPlace(s, p)).toList();
        List<Entity> visitor = t.child(n, "poss").map(p -> namedOnly(s, t, p)).orElse(List.of());
        if (visitor.isEmpty() && clause >= 0 && MeetingWords.LIGHT_VERBS.contains(MeetingWords.lemma(t, clause))) {
            visitor = sides.subjectOf(s, t, clause).entities(); // "paid a visit to X"
        }
        visitor = travellers(visitor);
        List<Sides.Group> companions = destinations.isEmpty() ? t.prepositionObjects(n, Set.of("with")).stream()
                .map(o -> sides.of(s, t, o)).filter(g -> !g.entities().isEmpty()).toList() : List.of();
        if (visitor.isEmpty() || destinations.isEmpty() && companions.isEmpty()) {
            return Optional.empty();
        }
        // "made the visit with B": B travelled along, to the place told before
        return Optional.of(new Reading(n, clause, MeetingKind.VISIT, Rule.MEETING_NOMINAL, visitor, companions, null,
                destinations, false));
    }

    /** People and states travel; a committee or a company read as a traveller is a misreading. */
    private static List<Entity> travellers(List<Entity> found) {
        return found.stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.COUNTRY).toList();
    }

    /** The visitor a possessive names by name or pronoun; "the leader's first visit" names nobody here. */
    private List<Entity> namedOnly(int s, Tree t, int p) {
        boolean named = ctx.at(s, p).isPresent() || t.token(p).tag().startsWith("PRP");
        return named ? sides.of(s, t, p).entities() : List.of();
    }

    /** The invitation a visit answers: the noun it completes, or one named earlier in "for A to visit". */
    private static Optional<Integer> invitation(Tree t, int v) {
        int head = t.head(v);
        if (head >= 0 && t.lemma(head).startsWith("invitation")) {
            return Optional.of(head);
        }
        for (int k = 0; k < v; k++) {
            if (t.lemma(k).startsWith("invitation") && t.children(v, Set.of("mark")).stream()
                    .anyMatch(m -> t.lemma(m).equals("for"))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Who is invited: the subject of "for A to visit", else the one the invitation was given to. */
    private List<Entity> guest(int s, Tree t, int v, int invitation) {
        Optional<Integer> own = t.nearestSubject(v);
        if (own.isPresent()) {
            return sides.of(s, t, own.get()).entities();
        }
        int giver = t.head(invitation);
        return giver < 0 ? List.of() : t.children(giver, Set.of("dative", "iobj")).stream().findFirst()
                .map(d -> sides.of(s, t, d).entities()).orElse(List.of());
    }

    /** Who invites when no "from" says it: the subject of the verb that gives the invitation. */
    private Optional<Entity> giver(int s, Tree t, int invitation, List<Entity> guests) {
        int giver = t.head(invitation);
        return giver < 0 ? Optional.empty() : sides.subjectOf(s, t, giver).entities().stream()
                .filter(e -> !guests.contains(e)).findFirst();
    }

    /** "Visited Kyiv and urged B to ...": the person the visitor addressed there. */
    private Optional<Sides.Group> urged(int s, Tree t, int v) {
        return personAddressed(s, t, t.children(v, Set.of("conj")));
    }

    /** "Will travel to X to see B": the person the trip is made to meet. */
    private Optional<Sides.Group> purpose(int s, Tree t, int v) {
        return personAddressed(s, t, t.children(v, Set.of("advcl", "xcomp")).stream()
                .filter(c -> MeetingWords.MEET_VERBS.contains(t.lemma(c)))
                .filter(c -> t.children(c, Set.of("aux")).stream().anyMatch(a -> t.lemma(a).equals("to")))
                .toList());
    }

    /** The first of the verbs whose object names only people: those people. */
    private Optional<Sides.Group> personAddressed(int s, Tree t, List<Integer> verbs) {
        return verbs.stream().map(c -> t.child(c, "dobj").map(o -> sides.of(s, t, o))
                        .filter(g -> !g.entities().isEmpty() && g.entities().stream().allMatch(Sides::isPerson)))
                .flatMap(Optional::stream).findFirst();
    }

    private static List<Integer> objects(Tree t, int head, Set<String> prepositions) {
        List<Integer> out = new ArrayList<>();
        t.prepositionObjects(head, prepositions).forEach(o -> out.addAll(t.conjuncts(o)));
        return out;
    }

    private boolean isPlace(int s, int p) {
        return ctx.at(s, p).filter(r -> r.mention().kind() != NameKind.DEMONYM)
                .filter(r -> r.entity().type() == EntityType.PLACE || r.entity().type() == EntityType.COUNTRY)
                .isPresent();
    }
}
