package org.newsgraph.extract;

import org.newsgraph.model.Entity;

/** A mention with the entity coreference assigned it. */
record Resolved(Mention mention, Entity entity) {
}
