/**
 * The article-level view the event finders ask: quotations, paragraphs, dates, antecedents, actors and places.
 * In: an ArticleContext and the positions it states. Out: answers by sentence and word (Narration, Actors, Places).
 */
package org.newsgraph.extract.discourse;
