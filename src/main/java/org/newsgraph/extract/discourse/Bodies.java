package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * "The Council", "the Commission", "the Department", "Treasury": a body named by the head of its name after the
 * article named it in full ("the Council of the European Union ... The Council also ...") is that body.
 */
final class Bodies {
    /** Heads of the names of government bodies, which releases repeat alone once the body is named. */
    private static final Set<String> HEADS = Set.of("council", "commission", "department", "ministry", "treasury",
            "office", "agency", "committee", "bureau", "service", "secretariat", "directorate", "administration");

    private final ArticleContext ctx;

    Bodies(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** Whether the word is a capitalized body head used alone: after "the", or "Treasury" on its own. */
    boolean isBareHead(int s, int word) {
        List<Word> words = ctx.words().get(s);
        Word w = words.get(word);
        if (!w.isCapitalized() || !HEADS.contains(Lexicon.lower(w.text()))) {
            return false;
        }
        boolean alone = word + 1 >= words.size() || !words.get(word + 1).is("of") && !words.get(word + 1)
                .isCapitalized();
        boolean the = word > 0 && words.get(word - 1).is("the");
        if (the && word > 1 && words.get(word - 2).is("of")) {
            return false; // "Secretary of the Treasury": part of a longer name
        }
        Optional<Resolved> named = ctx.at(s, word);
        boolean bare = named.isEmpty() || !named.get().entity().isLinked()
                && Lexicon.lower(named.get().entity().name()).replaceFirst("^the ", "").equals(Lexicon.lower(w.text()));
        return alone && bare && (the || w.is("treasury"));
    }

    /** The body named in full before the bare head at word {@code word}, the most recent first. */
    Optional<Entity> of(int s, int word) {
        if (!isBareHead(s, word)) {
            return Optional.empty();
        }
        String head = Lexicon.lower(ctx.words().get(s).get(word).text());
        for (int t = s; t >= 0; t--) {
            List<Resolved> mentions = ctx.mentions().get(t);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Resolved r = mentions.get(i);
                boolean before = t < s || r.mention().to() <= word;
                if (before && r.entity().type() == EntityType.ORGANIZATION && fullNameWith(r.entity(), head)) {
                    return Optional.of(r.entity());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the body's name holds the head as a word and says more than the head alone. */
    private static boolean fullNameWith(Entity body, String head) {
        String name = Lexicon.lower(body.name());
        return !name.equals(head) && !name.equals("the " + head)
                && GovernmentSources.wordIndex(name, head) >= 0;
    }
}
