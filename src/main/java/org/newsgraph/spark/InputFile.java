package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One article file the job reads, as the driver found it.
 *
 * @param uri     the file, as Hadoop names it ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param id      the article id a folder walk gives it (used for {@code .txt} and {@code .html} files)
 * @param sidecar the {@code .json} sidecar beside a {@code .txt} file, or null
 */
record InputFile(String uri, String id, String sidecar) implements Serializable {
    private static final long serialVersionUID = 1L;
}
