package org.newsgraph.extract.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.EntityType;

/**
 * The state whose government a publisher's name names: "Government of Canada", "Prime Minister of Canada readout",
 * "Australian Government media release", "White House readout", "GOV.UK", an institution of the European Union.
 * A mirror or aggregator writes the original publisher first and itself after "via", "mirrored on" and the like,
 * or in parentheses; only that first part is read for names. A name without a word of government ("Voice of
 * America") is no government's.
 */
final class GovernmentSources {
    /** Where the mirror's own part of a source line begins. */
    private static final Pattern MIRROR = Pattern.compile(
            "[(;\\[]|\\b(via|mirrored|republished|distributed|copied|reposted|syndicated)\\b");
    private static final Pattern HOST = Pattern.compile("\\b[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
    /** Words that only a government's own publications carry in the publisher's name. */
    private static final Pattern GOVERNMENT = Pattern.compile("\\b(government|govt|ministry|minister|ministerial"
            + "|department|office|president|presidency|presidential|premier|chancellor|chancellery|cabinet|embassy"
            + "|consulate|high commission|mission|treasury|white house|kremlin|elysee|élysée|downing street"
            + "|pentagon|secretary|foreign affairs|global affairs|state council|readout|council of the)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words after which a country is where an office sits, not whom it serves ("Embassy of X in Y"). */
    private static final Set<String> LOCATIVES = Set.of("in", "to", "at");

    private GovernmentSources() {
    }

    /** Whether a name holds a word only a government body's name holds ("Ministry", "Department", "Cabinet"). */
    static boolean namesGovernment(String name) {
        return GOVERNMENT.matcher(name).find();
    }

    /** The state (or the European Union) whose government the source line names as the publisher. */
    static Optional<KbEntry> state(String source, KnowledgeBase kb) {
        Matcher host = HOST.matcher(source);
        while (host.find()) {
            Optional<KbEntry> state = GovernmentHosts.state(host.group(), kb);
            if (state.isPresent()) {
                return state; // a government's host the line cites as the original ("GOV.UK", "state.gov")
            }
        }
        Matcher mirror = MIRROR.matcher(source);
        String publisher = mirror.find() ? source.substring(0, mirror.start()) : source;
        String lower = Lexicon.lower(publisher);
        if (EuropeanUnion.bodyNames().stream().anyMatch(n -> wordIndex(lower, n) >= 0)) {
            return EuropeanUnion.entry(kb); // the Commission, the Council: the Union's government speaks
        }
        if (!GOVERNMENT.matcher(publisher).find()) {
            return Optional.empty();
        }
        if (EuropeanUnion.institutionNames().stream().anyMatch(n -> wordIndex(lower, n) >= 0)) {
            return EuropeanUnion.entry(kb); // "Delegation of the European Union to Japan"
        }
        return firstServed(publisher, kb);
    }

    /**
     * The country a name names first, not after "in" or "to": "U.S. Department of the Treasury", "Embassy of India
     * in Japan".
     */
    static Optional<KbEntry> countryNamedIn(String name, KnowledgeBase kb) {
        return first(name, kb.entries().stream().filter(e -> e.type() == EntityType.COUNTRY).toList(), n -> n);
    }

    /**
     * The country named first in the text (not after "in" or "to"), else the country of the government body named
     * first: a body counts only by a name that says it governs ("White House", "State Department").
     */
    private static Optional<KbEntry> firstServed(String publisher, KnowledgeBase kb) {
        Optional<KbEntry> country = countryNamedIn(publisher, kb);
        if (country.isPresent()) {
            return country;
        }
        return first(publisher, kb.entries().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.country() != null).toList(),
                names -> names.stream().filter(n -> GOVERNMENT.matcher(n).find()).toList())
                .flatMap(body -> kb.byQid(body.country()));
    }

    private static Optional<KbEntry> first(String text, List<KbEntry> entries,
                                           java.util.function.UnaryOperator<List<String>> usable) {
        KbEntry best = null;
        int bestAt = Integer.MAX_VALUE;
        for (KbEntry e : entries) {
            int at = firstServing(text, usable.apply(names(e)));
            if (at < bestAt) {
                best = e;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> names(KbEntry e) {
        List<String> names = new java.util.ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        names.addAll(e.demonyms());
        names.removeAll(e.ambiguous());
        return names;
    }

    private static int firstServing(String text, List<String> names) {
        int best = Integer.MAX_VALUE;
        for (String name : names) {
            int at = wordIndex(text, name);
            if (at >= 0 && at < best && !afterLocative(text, at)) {
                best = at;
            }
        }
        return best;
    }

    private static boolean afterLocative(String text, int at) {
        String[] before = text.substring(0, at).strip().split("\\s+");
        return before.length > 0 && LOCATIVES.contains(Lexicon.lower(before[before.length - 1]));
    }

    /** Where {@code word} occurs in {@code text} as whole words, or -1. */
    static int wordIndex(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || word.endsWith(".");
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }
}
