package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/**
 * What words that name no one stand for in one article, so that the fact finders ask one place: a pronoun ("he",
 * "they", "our"), a definite description ("the two leaders", "both sides", "the delegation"), a bare title ("the
 * Secretary", "the Prime Minister") and the government that publishes the article ("we").
 */
public final class Referents {
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");

    private final ArticleContext ctx;
    private final Narration narration;
    private final Antecedents antecedents;
    private final BareTitles titles;
    private final Groups groups;
    private final Speakers speakers;
    private final Delegations delegations;
    private final Bodies bodies;
    private final Authors authors;
    private Optional<Entity> publisher;

    /** The article's referents; {@code quotes} are its attributed quotations, which tell whom "I" means. */
    public Referents(ArticleContext ctx, Narration narration, List<Quote> quotes) {
        this.ctx = ctx;
        this.narration = narration;
        this.titles = new BareTitles(ctx, narration.positions(), this::publisherState);
        this.antecedents = new Antecedents(ctx, narration, titles);
        Sides sides = new Sides(ctx, narration, antecedents, titles);
        this.groups = new Groups(ctx, narration, sides, this::stateOf, this::publisherState);
        this.speakers = new Speakers(narration, quotes);
        this.delegations = new Delegations(ctx, sides);
        this.bodies = new Bodies(ctx);
        this.authors = new Authors(ctx);
    }

    /**
     * The state whose government published the article, when its address or source says so (the European Union
     * for its institutions). Asking adds the state to the article's entities when the text never names it.
     */
    public Optional<Entity> publisherState() {
        if (publisher == null) {
            publisher = PublisherState.entity(ctx);
        }
        return publisher;
    }

    /**
     * The entities the word at {@code word} of sentence {@code sentence} stands for, in the order the article
     * introduced them; empty when the word names someone itself or the article does not say whom it means.
     */
    public List<Entity> of(int sentence, int word) {
        Word w = ctx.words().get(sentence).get(word);
        String lower = Lexicon.lower(w.text());
        if (titles.at(sentence, word).isPresent()) {
            return titles.of(sentence, word).stream().toList();
        }
        if (bodies.isBareHead(sentence, word)) {
            return bodies.of(sentence, word).stream().toList();
        }
        if (ctx.at(sentence, word).isPresent() || w.text().length() > 1 && w.text().equals(w.text().toUpperCase(
                java.util.Locale.ROOT))) {
            return List.of(); // a name ("US", "the UK"), not a pronoun
        }
        if (Narration.isPersonalPronoun(w) || lower.equals("his")) {
            return antecedents.of(sentence, word).stream().toList();
        }
        if (FIRST_PLURAL.contains(lower)) {
            return firstPlural(sentence, word, w);
        }
        if (FIRST_SINGULAR.contains(lower)) {
            return (speakers.isQuoted(w) ? speakers.of(w) : authors.author()).stream().toList();
        }
        if (delegations.head(sentence, word) >= 0) {
            return delegations.of(sentence, word).stream().toList();
        }
        if (Groups.isPronoun(lower) || groups.groupHead(sentence, word) >= 0) {
            return groups.of(sentence, word);
        }
        return List.of();
    }

    /**
     * "We", "our": inside a quotation its speaker; "our governments" the actors of the joint statement;
     * otherwise the state that publishes the article.
     */
    private List<Entity> firstPlural(int sentence, int word, Word w) {
        if (speakers.isQuoted(w)) {
            return speakers.of(w).stream().toList();
        }
        if (groups.groupHead(sentence, word) >= 0) {
            return groups.of(sentence, word);
        }
        return publisherState().stream().toList();
    }

    /**
     * The state an actor acts for: a country itself; the European Union for its institutions; the state of a
     * ministry, department, agency or government body (the knowledge base's, else the one its name names, else,
     * for a body the publisher names without its state, the publisher's); the state a person serves.
     */
    public Optional<Entity> stateOf(Entity actor, Evidence evidence) {
        if (actor.type() == EntityType.COUNTRY) {
            return Optional.of(actor);
        }
        if (actor.type() == EntityType.PLACE) {
            return Optional.empty(); // a city is where things happen; a capital that acts is read as its state
        }
        if (EuropeanUnion.isInstitution(actor)) {
            return EuropeanUnion.entry(ctx.knowledgeBase()).flatMap(e -> ctx.entityOf(e.qid(), evidence));
        }
        Optional<Entity> served = narration.stateOf(actor, evidence);
        if (served.isPresent() || actor.type() != EntityType.ORGANIZATION) {
            return served;
        }
        Optional<String> known = actor.isLinked() ? ctx.knowledgeBase().byQid(actor.wikidata()).map(e -> e.country())
                : GovernmentSources.countryNamedIn(actor.name(), ctx.knowledgeBase()).map(e -> e.qid());
        if (known.isPresent()) {
            return ctx.entityOf(known.get(), evidence).filter(e -> e.type() == EntityType.COUNTRY);
        }
        return actor.isLinked() || !GovernmentSources.namesGovernment(actor.name()) ? Optional.empty()
                : publisherState(); // "the Ministry of Foreign Affairs" in that ministry's own release
    }
}
