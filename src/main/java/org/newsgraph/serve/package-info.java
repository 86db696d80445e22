/**
 * The embedded Fuseki server: read-only SPARQL over the store unless told otherwise, the Fuseki UI, timeouts, limits.
 * In: an open TDB2 dataset (union default graph set) and server settings. Out: a running HTTP SPARQL endpoint at /kg.
 */
package org.newsgraph.serve;
