/**
 * Position holdings from titles and appositions, appointments, counterparts and titles set before lists of names.
 * In: an ArticleContext. Out: Position records, each with its evidence.
 */
package org.newsgraph.extract.position;
