/**
 * Diplomatic meetings: the words that announce them, sides, place, date, status, follow-ups; one per encounter.
 * In: an ArticleContext and its Narration. Out: Meeting records, each with its evidence.
 */
package org.newsgraph.extract.meeting;
