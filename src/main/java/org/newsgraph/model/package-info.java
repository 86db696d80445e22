/**
 * Immutable records passed between the stages of the pipeline.
 * In: nothing. Out: Article, Document, Entity, Position, Meeting, Sanction, Quote, Extraction. No library types.
 */
package org.newsgraph.model;
