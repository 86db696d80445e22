package org.newsgraph.store;

/** What a store holds: articles, entities by type, meetings, punitive measures and all quads. */
public record StoreStats(long articles, long people, long countries, long organizations, long meetings,
                         long measures, long quads) {
}
