/**
 * Punitive measures (sanctions, tariffs, expulsions...): imposers, targets, announcers, type, status and date.
 * In: an ArticleContext and its Narration. Out: Sanction records, each with its evidence.
 */
package org.newsgraph.extract.measure;
