package org.newsgraph.spark;

import java.io.Serializable;
import java.time.Instant;

/**
 * What every executor needs to analyse articles the way the driver was told to, and the same way on each.
 *
 * @param maxArticleBytes the largest article read
 * @param kb              the office-holders' knowledge base folder on every executor, or null for none
 * @param runTime         the run every article's provenance names, one for the whole job
 */
record JobSettings(long maxArticleBytes, String kb, Instant runTime) implements Serializable {
    private static final long serialVersionUID = 1L;
}
