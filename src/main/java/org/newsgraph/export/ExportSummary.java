package org.newsgraph.export;

/** What an export wrote: how many nodes and edges. */
public record ExportSummary(int nodes, int edges) {
}
