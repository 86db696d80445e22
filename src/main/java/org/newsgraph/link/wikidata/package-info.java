/**
 * Wikidata over the network, only when the user asks: the Query Service for {@code kb update}, the search API for
 * {@code --link-online}. In: an endpoint and names. Out: a knowledge base folder, links to Wikidata items.
 */
package org.newsgraph.link.wikidata;
