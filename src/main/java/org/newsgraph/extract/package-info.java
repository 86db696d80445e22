/**
 * The extract stage: {@link org.newsgraph.extract.Extractor}, wired from one sub-package per subject.
 * In: an annotated Document. Out: an Extraction whose every fact carries its evidence.
 */
package org.newsgraph.extract;
