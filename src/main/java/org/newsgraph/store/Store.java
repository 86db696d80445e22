package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.newsgraph.rdf.ArticleQuads;

/** The knowledge graph on disk. One process at a time may open it. */
public interface Store extends AutoCloseable {
    /** Opens (creating if needed) the TDB2 store in a folder; the default graph is the union of named graphs. */
    static Store open(Path folder) {
        return Tdb2Store.open(folder);
    }

    /** Opens a store that must exist already: reading commands should not create an empty one by mistake. */
    static Store openExisting(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new org.newsgraph.NewsGraphException("no store at " + folder);
        }
        return open(folder);
    }

    /** Whether the store holds this article made from exactly this input (see QuadMapper.digest). */
    boolean holds(String articleId, String inputDigest);

    /**
     * Writes a batch of articles in one write transaction of its own. Each article's graph, metadata and the
     * descriptions of entities only it named are replaced; an article whose input digest is unchanged is left as it
     * is.
     *
     * @return how many of the articles were written (not left unchanged)
     */
    default int write(List<ArticleQuads> batch) {
        return write(batch, true);
    }

    /**
     * Writes a batch inside the write transaction this thread has open, opening one if none is, and commits it when
     * {@code commit} is set. Batches that share a transaction copy the index blocks they touch once instead of once
     * per batch; until the commit they are invisible to readers and lost on a crash (a later ingest writes them
     * again). A failure abandons the whole open transaction.
     *
     * @return how many of the articles were written (not left unchanged)
     */
    int write(List<ArticleQuads> batch, boolean commit);

    /**
     * Removes articles in one write transaction of its own, as if they had never been ingested: their graphs,
     * metadata and the descriptions only they named. An id the store does not hold is passed over.
     *
     * @return how many of the articles were stored and are now removed
     */
    int remove(java.util.Collection<String> articleIds);

    /** Abandons the write transaction this thread has open, if any: none of its batches is stored. */
    void abandonWrite();

    /** The dataset, for queries and the server; its default graph is the union of the named graphs. */
    Dataset dataset();

    /**
     * Runs a SPARQL query over the union of the article graphs and writes its results. SELECT and ASK results are
     * written in the given format; CONSTRUCT and DESCRIBE results as Turtle.
     *
     * @throws org.newsgraph.NewsGraphException when the query does not parse
     */
    void query(String sparql, ResultFormat format, java.io.OutputStream out);

    /**
     * Runs a SPARQL SELECT over the union of the article graphs; each row maps the bound variables to their values
     * (a literal's lexical form, an IRI as written).
     *
     * @throws org.newsgraph.NewsGraphException when the query does not parse
     */
    List<java.util.Map<String, String>> select(String sparql);

    /** Writes every quad the store holds as N-Quads, in one read transaction; returns how many. */
    long exportNQuads(java.io.OutputStream out);

    /** Counts of what the store holds. */
    StoreStats stats();

    /**
     * Rewrites the store into a fresh generation and deletes the old one. Every write transaction leaves the index
     * blocks it replaced behind on disk, so a store filled batch by batch takes several times the room a bulk load
     * would; compacting gives that room back. The contents stay the same.
     */
    void compact();

    @Override
    void close();
}
