/**
 * The TDB2 dataset: write transactions per batch, one graph per article, idempotent re-ingest, union default graph.
 * In: ArticleQuads batches. Out: a dataset on disk that queries and the server read.
 */
package org.newsgraph.store;
