package org.newsgraph.serve;

import java.time.Duration;

import org.apache.jena.query.Dataset;

/** What the builder collected, checked, for the server to start from. */
record ServerSettings(Dataset dataset, String host, int port, Duration timeout, boolean allowUpdate,
                      long maxRequestBytes, long resultCacheBytes, String version) {
}
