package org.newsgraph.extract.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.text.Word;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.NameKind;
import org.newsgraph.link.NameMatch;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Rule;

/**
 * Bodies named after their country or city: "Azerbaijan's Foreign Ministry", "India's foreign ministry", "the Saudi
 * defense ministry" name that state's ministry, and "Myanmar Ruby Enterprise", "Pakistan Army" are organizations
 * whose name starts with the country's, as "Lagos State Police Command" starts with its city's. A ministry the
 * knowledge base knows is linked to it whatever the case it is written in; any other is named the way the
 * knowledge base names ministries ("Ministry of Foreign Affairs of Azerbaijan"), so every article that mentions
 * it reaches the same node.
 */
final class CountryBodies {
    /** Country names written with "the" ("the Philippines", "the United Kingdom"). */
    private static final Set<String> WITH_ARTICLE = Set.of("Netherlands", "Philippines", "Maldives", "Bahamas",
            "Comoros", "Gambia", "Seychelles");

    private final Gazetteer gazetteer;

    CountryBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The organization a country mention opens, if any. */
    Optional<Mention> after(Mention country, List<Word> words) {
        boolean state = country.type() == EntityType.COUNTRY && country.kind() != NameKind.METONYM;
        if (!state && country.type() != EntityType.PLACE && country.kind() != NameKind.METONYM) {
            return Optional.empty();
        }
        Optional<Mention> ministry = state ? ministry(country, words) : Optional.empty();
        if (ministry.isPresent() || country.kind() == NameKind.DEMONYM) {
            return ministry;
        }
        int end = OrgNames.end(words, country.to());
        if (end == country.to()) {
            return Optional.empty();
        }
        return Optional.of(mention(country, words, end, null, Rule.ORG_KEYWORD));
    }

    private Optional<Mention> ministry(Mention country, List<Word> words) {
        int k = country.to();
        if (country.kind() == NameKind.NAME) {
            if (k >= words.size() || !words.get(k).isPossessive()) {
                return Optional.empty();
            }
            k++;
        }
        if (k + 1 >= words.size() || !words.get(k + 1).is("ministry")) {
            return Optional.empty();
        }
        String field = OrgNames.field(words.get(k).text());
        if (field == null) {
            return Optional.empty();
        }
        int end = k + 2;
        Optional<KbEntry> known = known(words, country.from(), end);
        if (known.isPresent()) {
            return Optional.of(mention(country, words, end, known.get(), Rule.KB_NAME));
        }
        String name = "Ministry of " + field + " of " + withArticle(country.entry().name());
        KbEntry entry = new KbEntry(null, EntityType.ORGANIZATION, name, List.of(), List.of(), List.of(), List.of(),
                country.entry().qid(), null, List.of());
        return Optional.of(mention(country, words, end, entry, Rule.ORG_KEYWORD));
    }

    /** The knowledge base writes its aliases capitalized ("India's Foreign Ministry"); news often does not. */
    private Optional<KbEntry> known(List<Word> words, int from, int to) {
        List<String> texts = words.subList(from, to).stream().map(w -> capitalized(w.text())).toList();
        return gazetteer.longestMatch(texts, 0).filter(m -> m.end() == texts.size())
                .flatMap(m -> m.candidates().stream().map(NameMatch.Candidate::entry)
                        .filter(e -> e.type() == EntityType.ORGANIZATION).findFirst());
    }

    private static String capitalized(String word) {
        return Character.isLetter(word.codePointAt(0))
                ? word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1) : word;
    }

    private static String withArticle(String country) {
        boolean the = WITH_ARTICLE.contains(country) || country.startsWith("United ")
                || country.endsWith(" Republic") || country.endsWith(" Islands");
        return the ? "the " + country : country;
    }

    private static Mention mention(Mention country, List<Word> words, int end, KbEntry entry, Rule rule) {
        return new Mention(country.sentence(), country.from(), end, country.start(), words.get(end - 1).end(),
                KbMentionFinder.join(words, country.from(), end), EntityType.ORGANIZATION, entry, NameKind.NAME,
                rule);
    }
}
