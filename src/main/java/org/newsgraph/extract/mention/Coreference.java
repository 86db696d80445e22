package org.newsgraph.extract.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.link.KbEntry;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/**
 * Coreference inside one article: knowledge-base mentions group by entry; full names of unknown people group by
 * their normalized form, and "Steve" and "Steven" with one surname are one person; single words ("Fidan", the
 * "Wong" of "Minister Wong") join the person whose surname they are, or a knowledge-base person when the
 * surname is unique there. Names found only once with no person cue are dropped rather than guessed.
 */
public final class Coreference {
    /** China, Taiwan, North Korea, South Korea, Vietnam. */
    private static final java.util.Set<String> FAMILY_NAME_FIRST = java.util.Set.of("Q148", "Q865", "Q423", "Q884",
            "Q881");
    private final Map<String, List<KbEntry>> peopleBySurname;

    public Coreference(Map<String, List<KbEntry>> peopleBySurname) {
        this.peopleBySurname = peopleBySurname;
    }

    /** Every mention that coreference kept, with its entity. */
    public List<Resolved> resolve(List<Mention> names, List<Mention> candidates, List<Mention> weak) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<Mention, Cluster> assigned = new IdentityHashMap<>();
        for (Mention m : names) {
            if (m.entry() != null || !m.isSingleWord() || m.type() != EntityType.PERSON) {
                assign(m, clusterFor(m, clusters), assigned);
            }
        }
        for (Mention m : names) {
            if (m.entry() == null && m.isSingleWord() && m.type() == EntityType.PERSON) {
                Cluster c = surnameCluster(m, clusters).orElseGet(() -> clusterFor(m, clusters));
                assign(m, c, assigned);
            }
        }
        for (Mention m : candidates) {
            surnameCluster(m, clusters).ifPresent(c -> assign(m, c, assigned));
        }
        for (Mention m : weak) {
            articleCluster(m, clusters).ifPresent(c -> assign(m, c, assigned));
        }
        List<Mention> all = new ArrayList<>(candidates);
        all.addAll(weak);
        return finish(names, all, assigned);
    }

    private static void assign(Mention m, Cluster c, Map<Mention, Cluster> assigned) {
        c.add(m, new Evidence(m.sentence(), m.start(), m.end(), m.text(), m.rule()));
        assigned.put(m, c);
    }

    private Cluster clusterFor(Mention m, Map<String, Cluster> clusters) {
        KbEntry entry = m.entry() != null ? m.entry() : knownFullName(m).orElse(null);
        if (entry != null) {
            return clusters.computeIfAbsent("kb|" + entry.type() + "|" + entry.name(), k -> new Cluster(entry.type(), entry));
        }
        if (m.type() == EntityType.PERSON) {
            Optional<Cluster> variant = clusters.values().stream()
                    .filter(c -> c.type == EntityType.PERSON && (c.entry == null && sameNameVariant(c, m.text())
                            || endsWithWords(c.name(), m.text())))
                    .findFirst();
            if (variant.isPresent()) {
                return variant.get();
            }
        }
        return clusters.computeIfAbsent(m.type() + "|" + normalize(m.text()), k -> new Cluster(m.type(), null));
    }

    /** "Sergey Shoigu" for the knowledge base's "Sergei Shoigu": same surname, first names alike. */
    private Optional<KbEntry> knownFullName(Mention m) {
        if (m.type() != EntityType.PERSON || m.isSingleWord()) {
            return Optional.empty();
        }
        String[] parts = m.text().split("\\s+");
        List<KbEntry> people = peopleBySurname.getOrDefault(normalize(parts[parts.length - 1]), List.of());
        return people.stream().filter(p -> firstNamesAlike(p.name().split("\\s+")[0], parts[0])).findFirst();
    }

    private Optional<Cluster> surnameCluster(Mention m, Map<String, Cluster> clusters) {
        Optional<Cluster> inArticle = articleCluster(m, clusters);
        if (inArticle.isPresent()) {
            return inArticle;
        }
        List<KbEntry> known = peopleBySurname.getOrDefault(normalize(m.text()), List.of());
        if (known.size() == 1) {
            KbEntry entry = known.get(0);
            return Optional.of(clusters.computeIfAbsent("kb|" + entry.type() + "|" + entry.name(),
                    k -> new Cluster(EntityType.PERSON, entry)));
        }
        return Optional.empty();
    }

    /** The person of this article whose surname (or family name, where it comes first) the word is. */
    private static Optional<Cluster> articleCluster(Mention m, Map<String, Cluster> clusters) {
        String word = m.text();
        Optional<Cluster> byLast = clusters.values().stream()
                .filter(c -> c.type == EntityType.PERSON && normalize(c.lastWord()).equals(normalize(word)))
                .reduce((a, b) -> b);
        if (byLast.isPresent()) {
            return byLast;
        }
        Optional<Cluster> byFamilyName = clusters.values().stream()
                .filter(c -> c.type == EntityType.PERSON && familyNameFirst(c) && c.firstWord().equals(word))
                .reduce((a, b) -> b);
        return byFamilyName;
    }

    /**
     * Chinese, Korean and Vietnamese names put the family name first ("Wang" of "Wang Yi"): so do people whose
     * knowledge-base country names them that way, and unknown people whose first word is no given name.
     */
    private static boolean familyNameFirst(Cluster c) {
        if (c.name().split("\\s+").length < 2) {
            return false;
        }
        if (c.entry != null) {
            return FAMILY_NAME_FIRST.contains(String.valueOf(c.entry.country()));
        }
        return !Lexicon.isFirstName(c.firstWord());
    }

    private static boolean sameNameVariant(Cluster c, String text) {
        String[] parts = text.split("\\s+");
        if (parts.length < 2 || c.name().split("\\s+").length < 2) {
            return false;
        }
        return c.lastWord().equals(parts[parts.length - 1]) && firstNamesAlike(c.firstWord(), parts[0]);
    }

    /** "Amir-Abdollahian" after "Hossein Amir-Abdollahian": the later words of a full name stand for it. */
    private static boolean endsWithWords(String fullName, String part) {
        String full = normalize(fullName);
        String tail = normalize(part);
        return full.length() > tail.length() && full.endsWith(" " + tail);
    }

    private static boolean firstNamesAlike(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return x.startsWith(y) || y.startsWith(x) || x.length() >= 3 && y.length() >= 3
                && x.substring(0, 3).equals(y.substring(0, 3));
    }

    private static List<Resolved> finish(List<Mention> names, List<Mention> candidates,
                                         Map<Mention, Cluster> assigned) {
        Map<Cluster, Entity> entities = new IdentityHashMap<>();
        List<Resolved> out = new ArrayList<>();
        List<Mention> all = new ArrayList<>(names);
        all.addAll(candidates);
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        for (Mention m : all) {
            Cluster c = assigned.get(m);
            if (c != null) {
                out.add(new Resolved(m, entities.computeIfAbsent(c, Cluster::toEntity)));
            }
        }
        return out;
    }

    /** Case-folded, accents stripped, whitespace collapsed: the form two spellings of one name share. */
    static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Surname (last word of the name) to the knowledge-base people who carry it. */
    public static Map<String, List<KbEntry>> surnames(List<KbEntry> entries) {
        Map<String, List<KbEntry>> out = new HashMap<>();
        for (KbEntry e : entries) {
            if (e.type() == EntityType.PERSON && !e.name().contains(" of ")) {
                String[] parts = e.name().split("\\s+");
                if (parts.length > 1) {
                    out.computeIfAbsent(normalize(parts[parts.length - 1]), k -> new ArrayList<>()).add(e);
                }
                if (parts.length > 1 && FAMILY_NAME_FIRST.contains(String.valueOf(e.country()))) {
                    // "President Xi": where the family name comes first, it is the one a story uses alone
                    out.computeIfAbsent(normalize(parts[0]), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return out;
    }
}
