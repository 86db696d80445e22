package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.TDBException;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

/** A TDB2 dataset in a folder, with the union of the named graphs as its default graph. */
final class Tdb2Store implements Store {
    /**
     * Entries in each of TDB2's two node caches (TDB2's own defaults are 200,000 and 1,000,000). Most nodes an
     * ingest writes are met in one article only (sentences, offsets, evidence and event IRIs), so large caches fill
     * with them and only hold heap, which then grows with the store until they are full. Writes into stores of
     * 6,000 and 20,000 articles were as fast with 5,000 entries as with the defaults: the nodes met again
     * (entities, vocabulary) fit easily, and the caches are full, and the heap flat, after a few hundred articles.
     */
    private static final int NODE_CACHE_ENTRIES = 5_000;
    private static final Node META = NodeFactory.createURI(Iris.META_GRAPH);
    private static final Node DIGEST = Vocab.inputDigest.asNode();

    private final Path folder;
    private final Dataset dataset;

    private Tdb2Store(Path folder, Dataset dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    static Tdb2Store open(Path folder) {
        try {
            Files.createDirectories(folder);
            StoreParams params = StoreParamsBuilder.create(StoreParams.getDftStoreParams())
                    .node2NodeIdCacheSize(NODE_CACHE_ENTRIES).nodeId2NodeCacheSize(NODE_CACHE_ENTRIES).build();
            Dataset ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(folder), params));
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            ServiceEnhancer.enable(ds.getContext());
            EvidenceDescribe.install();
            return new Tdb2Store(folder, ds);
        } catch (TDBException | org.apache.jena.dboe.DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                throw new StoreLockedException("the store " + folder + " is in use by another process (a running"
                        + " server?); query its endpoint http://localhost:3030/kg/sparql instead, or stop it first", e);
            }
            throw new NewsGraphException("cannot open the store " + folder + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new NewsGraphException("cannot create the store folder " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int write(List<ArticleQuads> batch, boolean commit) {
        if (!dataset.isInTransaction()) {
            dataset.begin(TxnType.WRITE);
        }
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            int written = 0;
            for (ArticleQuads a : batch) {
                if (!unchanged(dsg, a)) {
                    new ArticleReplacement(dsg, a).run();
                    written++;
                }
            }
            if (commit) {
                dataset.commit();
                dataset.end();
            }
            return written;
        } catch (RuntimeException e) {
            abandonWrite();
            throw e;
        }
    }

    @Override
    public int remove(java.util.Collection<String> articleIds) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            int removed = 0;
            for (String id : articleIds) {
                String graph = Iris.articleGraph(id);
                if (dsg.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                    new ArticleReplacement(dsg, new ArticleQuads(id, graph, "", List.of(), List.of(), List.of()))
                            .run();
                    removed++;
                }
            }
            return removed;
        });
    }

    @Override
    public void abandonWrite() {
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
    }

    private static boolean unchanged(DatasetGraph dsg, ArticleQuads a) {
        return holds(dsg, a.graph(), a.inputDigest());
    }

    private static boolean holds(DatasetGraph dsg, String graphIri, String digest) {
        Node graph = NodeFactory.createURI(graphIri);
        return dsg.contains(META, graph, DIGEST, NodeFactory.createLiteralString(digest));
    }

    @Override
    public boolean holds(String articleId, String inputDigest) {
        return Txn.calculateRead(dataset, () -> holds(dataset.asDatasetGraph(), Iris.articleGraph(articleId),
                inputDigest));
    }

    @Override
    public void query(String sparql, ResultFormat format, java.io.OutputStream out) {
        org.apache.jena.query.Query query = parse(sparql);
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    QueryResults.write(query, qe, format, out);
                }
            });
        } catch (RuntimeException e) {
            throw UnreachableService.named(e);
        }
    }

    @Override
    public List<java.util.Map<String, String>> select(String sparql) {
        org.apache.jena.query.Query query = parse(sparql);
        return Txn.calculateRead(dataset, () -> {
            List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                qe.execSelect().forEachRemaining(solution -> rows.add(row(solution)));
            }
            return rows;
        });
    }

    private static java.util.Map<String, String> row(QuerySolution solution) {
        java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
        solution.varNames().forEachRemaining(name -> {
            org.apache.jena.rdf.model.RDFNode value = solution.get(name);
            row.put(name, value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
        });
        return row;
    }

    private static org.apache.jena.query.Query parse(String sparql) {
        try {
            return org.apache.jena.query.QueryFactory.create(sparql);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new NewsGraphException("the query does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public long exportNQuads(java.io.OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            long n = 0;
            writer.start();
            for (var it = dataset.asDatasetGraph().find(); it.hasNext(); n++) {
                writer.quad(it.next());
            }
            writer.finish();
            return n;
        });
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public StoreStats stats() {
        return Txn.calculateRead(dataset, () -> {
            String q = """
                    PREFIX schema: <http://schema.org/>
                    PREFIX nk: <https://w3id.org/newsgraph/ns#>
                    SELECT
                      (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?p) AS ?people)
                      (COUNT(DISTINCT ?c) AS ?countries) (COUNT(DISTINCT ?o) AS ?organizations)
                      (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?x) AS ?measures)
                    WHERE {
                      { ?a a schema:NewsArticle } UNION { ?p a schema:Person } UNION { ?c a schema:Country }
                      UNION { ?o a schema:Organization } UNION { ?m a nk:Meeting } UNION { ?x a nk:PunitiveMeasure }
                    }""";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                QuerySolution row = qe.execSelect().next();
                long quads = 0;
                for (var it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) {
                    quads++;
                }
                return new StoreStats(count(row, "articles"), count(row, "people"), count(row, "countries"),
                        count(row, "organizations"), count(row, "meetings"), count(row, "measures"), quads);
            }
        });
    }

    private static long count(QuerySolution row, String var) {
        return row.getLiteral(var).getLong();
    }

    @Override
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    @Override
    public void close() {
        // Expelling, not just closing, releases the folder's lock so another process (or a test) can open it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
