/**
 * The picocli commands: ingest, query, serve, stats, bench.
 * In: command-line arguments. Out: results on stdout (UTF-8), messages on stderr, exit codes 0, 1 and 2.
 */
package org.newsgraph.cli;
