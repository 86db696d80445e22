/**
 * The benchmark: a generated corpus through the bare OpenNLP stages, the full pipeline, the bulk loader and the
 * server. In: a count of articles, threads and a seed. Out: one table of figures and ratios (Markdown and JSON).
 */
package org.newsgraph.bench;
