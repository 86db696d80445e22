package org.newsgraph.extract.mention;

import org.newsgraph.model.Entity;

/** A mention with the entity coreference assigned it. */
public record Resolved(Mention mention, Entity entity) {
}
