/**
 * The bundled knowledge base (Wikidata QIDs, names, aliases, demonyms) and the linker.
 * In: names as the text writes them. Out: knowledge-base entries with their QIDs.
 */
package org.newsgraph.link;
