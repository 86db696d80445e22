/**
 * Names and mentions: knowledge-base names, unknown names by their shape and context, coreference in an article.
 * In: each sentence's words and the knowledge base. Out: an ArticleContext of resolved mentions and entities.
 */
package org.newsgraph.extract.mention;
