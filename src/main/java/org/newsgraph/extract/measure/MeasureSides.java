package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/**
 * Reads the phrases a measure clause points at as the actors on its two sides. An imposer is a state or a body:
 * a department, ministry or office acts for its state, a capital for its country, "the Government of X" and "the A
 * and B governments" for their states, and a person for the state they serve (and is then recorded as announcing
 * it). Words that name no one ("they", "their", "the Secretary") are asked of {@link Referents}.
 */
final class MeasureSides {
    private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "authority", "cabinet",
            "regime", "leadership");
    /** Arcs that join the names of one coordinated phrase: "A, B and the EU", "the UK and US governments". */
    private static final Set<String> COORDINATED = Set.of("conj", "appos", "cc", "punct", "det", "compound", "nmod");
    private static final Set<String> OWN_PRONOUNS = Set.of("their", "our", "its");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Referents referents;

    MeasureSides(ArticleContext ctx, Narration narration, Referents referents) {
        this.ctx = ctx;
        this.narration = narration;
        this.referents = referents;
    }

    /** The imposers the words name, with the people among them who announce for a state in {@code announcers}. */
    List<Entity> imposers(int s, Tree t, List<Integer> words, int verb, Evidence evidence, List<Entity> announcers) {
        List<Entity> out = new ArrayList<>();
        for (int w : words) {
            for (Resolved r : actorsAt(s, t, w)) {
                addActor(r, evidence, out, announcers);
            }
            if (actorsAt(s, t, w).isEmpty()) {
                unnamed(s, t, w, verb, evidence, out, announcers);
            }
        }
        return out;
    }

    /** The states and bodies named on a measure noun: "UK sanctions", "Russian and Belarusian sanctions". */
    List<Entity> modifiers(int s, List<Integer> words, Evidence evidence) {
        List<Entity> out = new ArrayList<>();
        for (int w : words) {
            ctx.at(s, w).filter(r -> r.entity().type().isCollectiveActor() || r.entity().type() == EntityType.PLACE)
                    .ifPresent(r -> addActor(r, evidence, out, new ArrayList<>()));
        }
        return out;
    }

    /** A word that names no one: a pronoun or description the article resolves, or "their" bound by its clause. */
    private void unnamed(int s, Tree t, int w, int verb, Evidence evidence, List<Entity> out, List<Entity> announcers) {
        Optional<Integer> antecedent = relativeAntecedent(s, t, w);
        if (antecedent.isPresent()) {
            List<Entity> found = imposers(s, t, List.of(antecedent.get()), verb, evidence, announcers);
            found.forEach(e -> addOnce(out, e));
            if (!found.isEmpty()) {
                return;
            }
        }
        List<Entity> referred = referents.of(s, w);
        if (referred.isEmpty() && GOVERNMENTS.contains(t.lemma(w))) {
            for (int p : t.children(w, Set.of("poss"))) {
                narration.antecedent(s, p).ifPresent(r -> addActor(r, evidence, out, announcers)); // "her government"
            }
        }
        for (Entity e : referred) {
            stateOf(e, evidence).ifPresentOrElse(state -> {
                addOnce(out, state);
                if (e.type() == EntityType.PERSON) {
                    addOnce(announcers, e);
                }
            }, () -> addOnce(out, e));
        }
        if (referred.isEmpty() && OWN_PRONOUNS.contains(t.token(w).text().toLowerCase(java.util.Locale.ROOT))) {
            // "A, B and the EU explained their listings in a statement": the clause's subject owns them
            for (int k = t.head(w); k >= 0; k = t.head(k)) {
                Optional<Integer> subject = t.subject(k);
                if (subject.isPresent()) {
                    actorsAt(s, t, subject.get()).forEach(r -> addActor(r, evidence, out, announcers));
                    break;
                }
            }
        }
    }

    /**
     * What a relative pronoun stands for: "Washington, which still enforces sanctions" is Washington; "legislation
     * that would impose" stands for whoever drafts the legislation.
     */
    private Optional<Integer> relativeAntecedent(int currentSentence, Tree t, int w) {
        if (!Set.of("which", "that", "who").contains(t.token(w).text().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        int clause = t.head(w);
        int head = clause >= 0 && t.is(clause, "relcl") ? t.head(clause) : -1;
        if (head < 0 && w > 1 && t.token(w - 1).text().equals(",")) {
            // "Washington, which ...", however the parser hung the clause: the name before the comma
            int comma = w - 1;
            head = ctx.mentions().get(currentSentence).stream().filter(r -> r.mention().to() <= comma)
                    .map(r -> r.mention().to() - 1).reduce((a, b) -> b).orElse(w - 2);
        }
        if (head >= 0 && (t.is(head, "dobj") || t.is(head, "pobj")) && !t.token(head).tag().startsWith("NNP")) {
            int verb = t.head(head);
            return verb >= 0 ? t.subject(verb) : Optional.empty(); // "Britain drafted legislation that would"
        }
        return head >= 0 ? Optional.of(head) : Optional.empty();
    }

    /** The names of the coordinated phrase headed by word {@code w}, and of the states a "governments" word names. */
    List<Resolved> actorsAt(int s, Tree t, int w) {
        List<Resolved> out = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        collect(t, w, words);
        for (int k : words) {
            ctx.at(s, k).filter(r -> !out.contains(r)).filter(r -> !isModifierDemonym(t, k, r)).ifPresent(out::add);
        }
        extendRun(s, out);
        if (out.isEmpty() && GOVERNMENTS.contains(t.lemma(w))) {
            for (int o : MeasureArcs.prepositionObjects(t, w, Set.of("of"))) {
                out.addAll(actorsAt(s, t, o)); // "the Government of Canada"
            }
            for (int m : t.children(w, Set.of("nmod", "compound", "poss"))) {
                ctx.at(s, m).ifPresent(out::add); // "the British government", "his administration"
            }
        }
        return out;
    }

    /**
     * The states and bodies listed next to those found, with only commas, "and" and "the" between: a long list of
     * states may hang on the tree in more than one way ("..., the Republic of Korea, Switzerland, the UK").
     */
    private void extendRun(int s, List<Resolved> found) {
        if (found.isEmpty() || found.stream().anyMatch(r -> !r.entity().type().isCollectiveActor())) {
            return;
        }
        List<Resolved> mentions = ctx.mentions().get(s);
        List<org.newsgraph.extract.text.Word> words = ctx.words().get(s);
        for (int i = 0; i < mentions.size(); i++) {
            Resolved r = mentions.get(i);
            if (found.contains(r)) {
                continue;
            }
            boolean joined = found.stream().anyMatch(f -> adjacent(words, f, r) || adjacent(words, r, f));
            if (joined && r.entity().type().isCollectiveActor() && r.mention().kind() == NameKind.NAME) {
                found.add(r);
                i = -1; // the run may now reach mentions passed before
            }
        }
    }

    private static boolean adjacent(List<org.newsgraph.extract.text.Word> words, Resolved a, Resolved b) {
        if (a.mention().to() > b.mention().from()) {
            return false;
        }
        for (int k = a.mention().to(); k < b.mention().from(); k++) {
            String w = words.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals(",") && !w.equals("and") && !w.equals("the") && !w.equals("&")) {
                return false;
            }
        }
        return true;
    }

    /** "Russian oligarchs": a demonym that describes a group names no actor of the phrase. */
    private boolean isModifierDemonym(Tree t, int k, Resolved r) {
        return r.mention().kind() == NameKind.DEMONYM && !t.token(k).tag().startsWith("NNP")
                && !t.token(k).tag().equals("NNS");
    }

    private static void collect(Tree t, int w, List<Integer> out) {
        out.add(w);
        for (int c : t.children(w)) {
            if (COORDINATED.contains(t.relation(c)) && (!t.is(c, "nmod") || t.token(c).pos().equals("PROPN"))) {
                collect(t, c, out);
            }
        }
    }

    /** A state or body imposes; a person announces for the state they serve, or imposes when none is known. */
    void addActor(Resolved r, Evidence evidence, List<Entity> imposers, List<Entity> announcers) {
        switch (r.entity().type()) {
            case COUNTRY -> addOnce(imposers, r.entity());
            case PLACE -> narration.countryServed(r, evidence).ifPresent(c -> addOnce(imposers, c));
            case ORGANIZATION -> addOnce(imposers, bodyState(r, evidence).orElse(r.entity()));
            case PERSON -> narration.stateOf(r, evidence).ifPresentOrElse(state -> {
                addOnce(imposers, state);
                addOnce(announcers, r.entity());
            }, () -> addOnce(imposers, r.entity()));
        }
    }

    /**
     * The state a body acts for: one named inside its name ("U.S. Department of the Treasury", "Council of the
     * European Union"), the knowledge base's, or one named right before it ("the Polish Foreign Ministry").
     */
    Optional<Entity> bodyState(Resolved r, Evidence evidence) {
        int s = r.mention().sentence();
        for (Resolved inner : ctx.mentions().get(s)) {
            boolean inside = inner != r && inner.mention().from() >= r.mention().from()
                    && inner.mention().to() <= r.mention().to();
            if (inside && inner.entity().type().isCollectiveActor()) {
                return Optional.of(inner.entity());
            }
        }
        Optional<Entity> known = ctx.countryOf(r).flatMap(q -> ctx.entityOf(q, evidence))
                .filter(e -> e.type() == EntityType.COUNTRY);
        if (known.isPresent()) {
            return known;
        }
        return ctx.endingBefore(s, r.mention().from()).map(Resolved::entity)
                .filter(e -> e.type() == EntityType.COUNTRY);
    }

    /** The state behind an entity the article resolved a word to. */
    Optional<Entity> stateOf(Entity e, Evidence evidence) {
        if (e.type() == EntityType.COUNTRY) {
            return Optional.of(e);
        }
        if (e.type() == EntityType.PERSON) {
            return narration.stateOf(e, evidence);
        }
        for (List<Resolved> sentence : ctx.mentions()) {
            for (Resolved r : sentence) {
                if (r.entity().identity().equals(e.identity())) {
                    return e.type() == EntityType.ORGANIZATION ? bodyState(r, evidence) : narration.stateOf(r,
                            evidence);
                }
            }
        }
        return Optional.empty();
    }

    static void addOnce(List<Entity> list, Entity e) {
        if (list.stream().noneMatch(x -> x.identity().equals(e.identity()))) {
            list.add(e);
        }
    }
}
