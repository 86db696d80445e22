package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person, country, organization or place as one article knows it: all its mentions merged.
 *
 * @param type     what kind of thing it is
 * @param name     the knowledge-base label when linked, else the fullest form the text gives
 * @param wikidata the Wikidata QID ("Q159") or null when not linked
 * @param aliases  the other surface forms the article uses
 * @param mentions where the article mentions it
 * @param linkedBy how the link to Wikidata was made, or null when not linked
 */
public record Entity(EntityType type, String name, String wikidata, Set<String> aliases,
                     List<Evidence> mentions, LinkMethod linkedBy) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = Set.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if ((wikidata == null) != (linkedBy == null)) {
            throw new IllegalArgumentException("a linked entity says how it was linked, an unlinked one does not: "
                    + name + " " + wikidata + " " + linkedBy);
        }
    }

    /** An entity linked by the bundled knowledge base when {@code wikidata} is given, else unlinked. */
    public Entity(EntityType type, String name, String wikidata, Set<String> aliases, List<Evidence> mentions) {
        this(type, name, wikidata, aliases, mentions, wikidata == null ? null : LinkMethod.BUNDLED);
    }

    public boolean isLinked() {
        return wikidata != null;
    }

    /** Identity inside an article and across articles: the QID when linked, else type and name. */
    public String identity() {
        return isLinked() ? wikidata : type.code() + "|" + name;
    }
}
