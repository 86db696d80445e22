package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.link.KbEntry;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;

/** The mentions of one entity in one article, gathered during coreference; becomes an {@link Entity}. */
final class Cluster {
    final EntityType type;
    KbEntry entry;
    final Set<String> forms = new LinkedHashSet<>();
    final List<Evidence> evidence = new ArrayList<>();

    Cluster(EntityType type, KbEntry entry) {
        this.type = type;
        this.entry = entry;
    }

    void add(Mention m, Evidence e) {
        forms.add(m.text());
        evidence.add(e);
    }

    /** The knowledge-base label when linked, else the fullest form the text gives (most words, then first seen). */
    String name() {
        if (entry != null) {
            return entry.name();
        }
        String best = null;
        for (String f : forms) {
            if (best == null || words(f) > words(best)) {
                best = f;
            }
        }
        return best;
    }

    String lastWord() {
        String[] parts = name().split("[\\s-]+");
        return parts[parts.length - 1];
    }

    String firstWord() {
        return name().split("[\\s-]+")[0];
    }

    Entity toEntity() {
        String name = name();
        Set<String> aliases = new LinkedHashSet<>(forms);
        aliases.remove(name);
        return new Entity(type, name, entry == null ? null : entry.qid(), aliases, evidence);
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }
}
