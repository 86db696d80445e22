/**
 * Graph files for visualization tools: the actor network or the event view, as GEXF, GraphML, DOT or Cytoscape JSON.
 * In: a store and an export request. Out: one file that Gephi, yEd, Cytoscape or Graphviz opens.
 */
package org.newsgraph.export;
