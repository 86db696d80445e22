/**
 * Reading articles and their metadata from files; one bad file is reported and skipped, never fatal.
 * In: paths to files and folders. Out: a stream of SourceItem (an Article, or a failure with its reason).
 */
package org.newsgraph.ingest;
