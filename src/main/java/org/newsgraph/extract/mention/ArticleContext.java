package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Sentence;

/**
 * One article as the fact finders see it after coreference: its words and resolved mentions per sentence, and
 * the entities found so far. Entities a fact implies without naming them (the United States behind a "White
 * House adviser") are added here, so the extraction lists every entity its facts point at.
 */
public final class ArticleContext {
    private final Document document;
    private final List<List<Word>> words;
    private final List<List<Resolved>> mentions;
    private final KnowledgeBase kb;
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    public ArticleContext(Document document, List<List<Word>> words, List<Resolved> resolved, KnowledgeBase kb) {
        this.document = document;
        this.words = words;
        this.kb = kb;
        this.mentions = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            mentions.add(new ArrayList<>());
        }
        for (Resolved r : resolved) {
            mentions.get(r.mention().sentence()).add(r);
            entities.putIfAbsent(r.entity().identity(), r.entity());
        }
    }

    /** The same article with the people {@code links} linked: every mention and entity mapped through it. */
    public ArticleContext relinked(PeopleLinks links) {
        List<Resolved> all = new ArrayList<>();
        mentions.forEach(list -> list.forEach(r -> all.add(new Resolved(r.mention(), links.of(r.entity())))));
        ArticleContext out = new ArticleContext(document, words, all, kb);
        entities.values().forEach(e -> out.entities.putIfAbsent(links.of(e).identity(), links.of(e)));
        return out;
    }

    public Document document() {
        return document;
    }

    /** The words of each sentence, by sentence index; the lists themselves, not copies. */
    public List<List<Word>> words() {
        return words;
    }

    /** The resolved mentions of each sentence, in text order, by sentence index; the lists themselves. */
    public List<List<Resolved>> mentions() {
        return mentions;
    }

    /** A mention found after coreference (a title standing for its holder), in text order within its sentence. */
    void addMention(Resolved r) {
        List<Resolved> list = mentions.get(r.mention().sentence());
        list.add(r);
        list.sort(java.util.Comparator.comparingInt(x -> x.mention().from()));
    }

    /** The knowledge base the mentions were linked with: what the discourse step reads an article's metadata by. */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public Sentence sentence(int i) {
        return document.sentences().get(i);
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** The resolved mention covering word {@code index} of sentence {@code sentence}. */
    public Optional<Resolved> at(int sentence, int index) {
        for (Resolved r : mentions.get(sentence)) {
            if (r.mention().from() <= index && index < r.mention().to()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The mention that ends right before word {@code index}, skipping a possessive "'s". */
    public Optional<Resolved> endingBefore(int sentence, int index) {
        List<Word> w = words.get(sentence);
        int end = index > 0 && w.get(index - 1).isPossessive() ? index - 1 : index;
        for (Resolved r : mentions.get(sentence)) {
            if (r.mention().to() == end) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The entity of a knowledge-base item: the one the article names, or one the evidence implies. */
    public Optional<Entity> entityOf(String qid, Evidence evidence) {
        if (qid == null) {
            return Optional.empty();
        }
        Entity known = entities.get(qid);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<KbEntry> entry = kb.byQid(qid);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Entity implied = new Entity(entry.get().type(), entry.get().name(), qid, java.util.Set.of(),
                List.of(evidence));
        entities.put(qid, implied);
        return Optional.of(implied);
    }

    /** The country a person or organization serves according to the knowledge base, if any. */
    public Optional<String> countryOf(Resolved r) {
        KbEntry e = r.mention().entry() != null ? r.mention().entry()
                : r.entity().isLinked() ? kb.byQid(r.entity().wikidata()).orElse(null) : null;
        if (e == null) {
            return Optional.empty();
        }
        return e.type() == EntityType.COUNTRY ? Optional.of(e.qid()) : Optional.ofNullable(e.country());
    }
}
