/**
 * The embedded Fuseki server: read-only SPARQL unless told otherwise, the Fuseki UI, the /graph view, timeouts, limits.
 * In: an open TDB2 dataset (union default graph set) and server settings. Out: a running HTTP SPARQL endpoint at /kg.
 */
package org.newsgraph.serve;
