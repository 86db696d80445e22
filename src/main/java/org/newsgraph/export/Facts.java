package org.newsgraph.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/** What the exports draw from: described entities and the meetings and measures of all article graphs. */
record Facts(SortedMap<String, Entity> entities, SortedMap<String, Event> events) {
    static final Set<String> ACTOR_TYPES = Set.of("person", "country", "organization");

    /** An entity of g-entities; {@code type} is a lower-case word (person, country, organization, city, place). */
    record Entity(String iri, String type, String name, String wikidata) {
        boolean isActor() {
            return ACTOR_TYPES.contains(type);
        }
    }

    /**
     * A meeting or a measure, merged over the article graphs that state it.
     *
     * @param categories meeting kinds or measure types, as words
     * @param date       the lexical form of schema:startDate, or null
     * @param graphs     the article graphs that state it
     * @param roles      role (participant, imposer, target, location) to the IRIs that fill it
     */
    record Event(String iri, boolean meeting, SortedSet<String> categories, SortedSet<String> statuses, String date,
                 SortedSet<String> graphs, Map<String, SortedSet<String>> roles) {
        List<String> filling(String role) {
            return List.copyOf(roles.getOrDefault(role, java.util.Collections.emptySortedSet()));
        }

        Period period() {
            return date == null ? null : Period.parse(date).orElse(null);
        }
    }

    /** The actor among the entities with this IRI, or null. */
    Entity actor(String iri) {
        Entity e = entities.get(iri);
        return e != null && e.isActor() ? e : null;
    }
}
