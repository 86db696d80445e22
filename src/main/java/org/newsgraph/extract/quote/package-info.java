/**
 * Direct quotations with their speakers, across paragraphs, scare quotes left out.
 * In: an ArticleContext and its Narration. Out: Quote records, each with its evidence.
 */
package org.newsgraph.extract.quote;
