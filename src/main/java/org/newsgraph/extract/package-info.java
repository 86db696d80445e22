/**
 * Mentions (knowledge base + rules), coreference inside an article, positions, dates, meetings, measures, quotes.
 * In: an annotated Document. Out: an Extraction whose every fact carries its evidence.
 */
package org.newsgraph.extract;
