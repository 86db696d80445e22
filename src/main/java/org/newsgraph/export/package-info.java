/**
 * Graph files for visualization tools: the actor network or the event view, as GEXF, GraphML, DOT or Cytoscape JSON.
 * In: a store and an export request. Out: one file holding one directed graph that every graph tool reads alike.
 */
package org.newsgraph.export;
