package org.newsgraph.extract.discourse;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The European Union and the institutions that act for it: a Council decision or a Commission statement is the
 * Union's act, as a ministry's is its state's.
 */
final class EuropeanUnion {
    static final String NAME = "European Union";
    /** The Union's institutions and services by the names news and their own releases give them, lower case. */
    private static final Set<String> BODIES = Set.of("council of the european union", "council of the eu",
            "eu council", "european commission", "eu commission", "european council",
            "european external action service", "eeas", "european parliament");
    private static final Set<String> INSTITUTIONS = union(BODIES, Set.of("european union", "eu", "e.u."));

    private EuropeanUnion() {
    }

    static boolean isInstitution(String name) {
        return INSTITUTIONS.contains(Lexicon.lower(name));
    }

    static boolean isInstitution(Entity e) {
        return e.type() == EntityType.ORGANIZATION
                && (isInstitution(e.name()) || e.aliases().stream().anyMatch(EuropeanUnion::isInstitution));
    }

    /** Names, lower case, of the institutions that act for the Union; the Union's own names are not among them. */
    static Set<String> bodyNames() {
        return BODIES;
    }

    /** Names, lower case, of the Union and its institutions. */
    static Set<String> institutionNames() {
        return INSTITUTIONS;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static Optional<KbEntry> entry(KnowledgeBase kb) {
        return kb.entries().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.name().equals(NAME) && e.qid() != null)
                .findFirst();
    }
}
