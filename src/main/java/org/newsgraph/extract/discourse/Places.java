package org.newsgraph.extract.discourse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/**
 * Where an event took place: the city after "in" or "at" (the country when no city is named), and a venue named
 * as such ("at the Akasaka Palace"). A capital standing for its state ("in Ankara" read as Turkey) is the
 * city here.
 */
public final class Places {
    private static final Set<String> LOCATIVES = Set.of("in", "at");
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "although", "though", "while", "which",
            "because", ";", "whereas", "after", "before", "since", "amid", "as");

    private final ArticleContext ctx;

    public Places(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** A city or country and a venue found in a sentence. */
    public record Found(Entity place, String venue) {
        static final Found NONE = new Found(null, null);
    }

    /**
     * The place of an event in the clause of word {@code trigger} of sentence {@code s}, or anywhere in the
     * sentence when {@code wholeSentence}; {@code visitTo} also reads "to X" (a trip or visit).
     */
    public Found in(int s, int trigger, boolean wholeSentence, boolean visitTo, Evidence evidence) {
        List<Word> words = ctx.words().get(s);
        int from = wholeSentence ? 0 : clauseStart(words, trigger);
        int to = wholeSentence ? words.size() : clauseEnd(words, trigger);
        List<Resolved> located = ctx.mentions().get(s).stream()
                .filter(r -> r.mention().from() >= from && r.mention().from() < to)
                .filter(r -> locative(words, r.mention().from(), visitTo) || whereClause(words, r.mention()))
                .sorted(Comparator.comparingInt(r -> r.mention().from()))
                .toList();
        String venue = located.stream().filter(Places::isVenue).map(r -> r.entity().name()).findFirst()
                .orElse(null);
        Optional<Entity> city = located.stream().filter(r -> !isVenue(r)).map(r -> asCity(r, evidence))
                .flatMap(Optional::stream).findFirst();
        Optional<Entity> country = located.stream().map(Resolved::entity)
                .filter(e -> e.type() == EntityType.COUNTRY).findFirst();
        return new Found(city.or(() -> country).orElse(null), venue);
    }

    /**
     * The city of a wire story's dateline ("KYIV — ..."): where the events of the story's present happened
     * unless a sentence names another place.
     */
    public Optional<Resolved> dateline() {
        for (int s = 0; s < Math.min(3, ctx.words().size()); s++) {
            List<Word> words = ctx.words().get(s);
            for (Resolved r : ctx.mentions().get(s)) {
                Word first = words.get(r.mention().from());
                boolean capitals = first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))
                        && first.text().length() > 2;
                boolean dash = words.subList(r.mention().to(), Math.min(words.size(), r.mention().to() + 4))
                        .stream().anyMatch(w -> w.text().equals("\u2014") || w.text().equals("--"))
                        || dashAfter(ctx.sentence(s).end());
                boolean place = r.entity().type() == EntityType.PLACE || r.entity().type() == EntityType.COUNTRY
                        && r.mention().kind() == NameKind.METONYM;
                if (capitals && dash && place) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** The annotator makes a dateline a sentence of its own; the dash that ended it follows the sentence. */
    private boolean dashAfter(int end) {
        String text = ctx.document().article().text();
        String rest = text.substring(end, Math.min(text.length(), end + 4)).strip();
        return rest.startsWith("\u2014") || rest.startsWith("\u2013") || rest.startsWith("-");
    }

    /** The dateline city as an entity, a capital standing for its state read as the city. */
    public Optional<Entity> datelineCity(Evidence evidence) {
        return dateline().flatMap(r -> r.entity().type() == EntityType.PLACE ? Optional.of(r.entity())
                : asCity(r, evidence));
    }

    /**
     * The place a mention names, as an event's place: a city, a capital standing for its state read as the city
     * ("in Ankara"), else the country; empty for a venue or anything else.
     */
    public Optional<Entity> placeOf(Resolved r, Evidence evidence) {
        if (isVenue(r) || r.mention().kind() == NameKind.DEMONYM) {
            return Optional.empty();
        }
        if (r.entity().type() == EntityType.COUNTRY) {
            return asCity(r, evidence).or(() -> seat(r, evidence)).or(() -> Optional.of(r.entity()));
        }
        return asCity(r, evidence);
    }

    /** The capital a seat of government stands in: "at Downing Street" took place in London. */
    private Optional<Entity> seat(Resolved r, Evidence evidence) {
        boolean metonym = r.mention().kind() == NameKind.METONYM && r.mention().entry() != null;
        return metonym ? ctx.entityOf(r.mention().entry().capital(), evidence) : Optional.empty();
    }

    /** The name of a venue a mention names ("the Akasaka Palace"), or empty. */
    public static Optional<String> venueOf(Resolved r) {
        return isVenue(r) ? Optional.of(r.entity().name()) : Optional.empty();
    }

    /** Where the clause of the trigger begins: after "but", "which" and the like, at most a dozen words back. */
    private static int clauseStart(List<Word> words, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - 12); k--) {
            if (CLAUSE_BREAKS.contains(Lexicon.lower(words.get(k).text()))) {
                return k + 1;
            }
        }
        return Math.max(0, trigger - 12);
    }

    private static int clauseEnd(List<Word> words, int trigger) {
        for (int k = trigger + 1; k < Math.min(words.size(), trigger + 22); k++) {
            if (CLAUSE_BREAKS.contains(Lexicon.lower(words.get(k).text()))) {
                return k;
            }
        }
        return Math.min(words.size(), trigger + 22);
    }

    /** "traveled to Kyiv, where he met": the place a where-clause opens on. */
    private static boolean whereClause(List<Word> words, Mention m) {
        for (int k = m.to(); k < Math.min(words.size() - 1, m.to() + 5); k++) {
            if (words.get(k).text().equals(",")) {
                return words.get(k + 1).is("where");
            }
        }
        return false;
    }

    private static boolean locative(List<Word> words, int from, boolean visitTo) {
        int k = from - 1;
        if (k >= 0 && words.get(k).is("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = Lexicon.lower(words.get(k).text());
        return LOCATIVES.contains(w) || visitTo && (w.equals("to") || w.startsWith("visit"));
    }

    private static boolean isVenue(Resolved r) {
        return r.entity().type() == EntityType.PLACE && r.mention().entry() != null && r.mention().entry().qid() == null;
    }

    private Optional<Entity> asCity(Resolved r, Evidence evidence) {
        if (r.entity().type() == EntityType.PLACE) {
            return Optional.of(r.entity());
        }
        if (r.entity().type() == EntityType.COUNTRY && r.mention().kind() == NameKind.METONYM
                && r.mention().entry() != null) {
            return ctx.entityOf(r.mention().entry().capital(), evidence)
                    .filter(c -> c.name().equalsIgnoreCase(r.mention().text())
                            || c.aliases().contains(r.mention().text()));
        }
        return Optional.empty();
    }
}
