package org.newsgraph.serve;

import java.time.Duration;
import java.util.Objects;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.service.enhancer.init.ServiceEnhancerInit;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * An embedded Fuseki server for the knowledge graph: SPARQL at {@code /kg/sparql} (and {@code /kg?query=}),
 * the Fuseki UI at {@code /} and an interactive view of the actor network at {@code /graph}; read-only unless
 * {@link Builder#allowUpdate(boolean)} says otherwise.
 *
 * <p>The query timeout is set in the dataset's context while the server runs (Fuseki reads it from there for
 * every request) and the previous value is put back on {@link #close()}. The dataset stays open; its owner closes it.
 */
public final class SparqlServer implements AutoCloseable {
    /** The mark the store sets when it has enabled the service enhancer on its dataset. */
    private static final Symbol SERVICE_ENHANCER = Symbol.create("https://w3id.org/newsgraph/ns#serviceEnhancer");

    private final ServerSettings settings;
    private EmbeddedFuseki running;
    private Object previousTimeout;

    private SparqlServer(ServerSettings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this server. A server starts once. */
    public synchronized SparqlServer start() {
        if (running != null) {
            throw new IllegalStateException("The server is already started, on port " + running.port());
        }
        Context context = settings.dataset().getContext();
        previousTimeout = context.get(ARQ.queryTimeout);
        context.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        enableServiceEnhancer(context);
        try {
            running = EmbeddedFuseki.start(settings);
        } catch (RuntimeException e) {
            restoreTimeout();
            throw e;
        }
        return this;
    }

    /** The port the server listens on, which is the one chosen by the system when the builder asked for 0. */
    public synchronized int port() {
        return requireRunning().port();
    }

    /** The SPARQL query endpoint, {@code http://HOST:PORT/kg/sparql}. */
    public String endpoint() {
        return origin() + EmbeddedFuseki.DATASET + "/sparql";
    }

    /** The interactive graph view of the actors, {@code http://HOST:PORT/graph}. */
    public String graphView() {
        return origin() + GraphViewServlet.PATH;
    }

    private String origin() {
        String host = settings.host();
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + authority + ":" + port();
    }

    /** Blocks until the server is stopped. */
    public void join() {
        EmbeddedFuseki server;
        synchronized (this) {
            server = requireRunning();
        }
        server.join();
    }

    /** Stops the server; does nothing if it is not running. */
    @Override
    public synchronized void close() {
        if (running == null) {
            return;
        }
        try {
            running.stop();
        } finally {
            running = null;
            restoreTimeout();
        }
    }

    private EmbeddedFuseki requireRunning() {
        if (running == null) {
            throw new IllegalStateException("The server is not running: call start() first");
        }
        return running;
    }

    /** Bulk SERVICE requests ({@code SERVICE <loop:bulk+N:URL>}) need the optimizer wrapped, once per dataset. */
    private static void enableServiceEnhancer(Context context) {
        synchronized (SparqlServer.class) {
            if (!context.isTrue(SERVICE_ENHANCER)) {
                ServiceEnhancerInit.wrapOptimizer(context);
                context.set(SERVICE_ENHANCER, true);
            }
        }
    }

    private void restoreTimeout() {
        Context context = settings.dataset().getContext();
        if (previousTimeout == null) {
            context.remove(ARQ.queryTimeout);
        } else {
            context.set(ARQ.queryTimeout, previousTimeout);
        }
    }

    /** Settings for a {@link SparqlServer}; only the dataset is required. */
    public static final class Builder {
        private Dataset dataset;
        private String host = "localhost";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private boolean allowUpdate;
        private long maxRequestBytes = 1024 * 1024;
        private long resultCacheBytes = ResultCache.defaultBudgetBytes();
        private String version = "newsgraph";

        private Builder() {
        }

        /** The dataset to serve at /kg: a TDB2 dataset whose context sets the union default graph. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset must not be null");
            return this;
        }

        /** The host name or address to bind; "localhost" (loopback only) unless told otherwise. */
        public Builder host(String host) {
            requireArgument(host != null && !host.isBlank(), "host must not be blank, was '%s'", host);
            this.host = host.strip();
            return this;
        }

        /** The port to listen on, 3030 by default; 0 lets the system choose a free one. */
        public Builder port(int port) {
            requireArgument(port >= 0 && port <= 65535, "port must be between 0 and 65535, was %s", port);
            this.port = port;
            return this;
        }

        /** How long one query may run before it is cancelled, 30 seconds by default. */
        public Builder timeout(Duration timeout) {
            requireArgument(timeout != null && !timeout.isNegative() && timeout.toMillis() > 0,
                    "timeout must be at least one millisecond, was %s", timeout);
            this.timeout = timeout;
            return this;
        }

        /** Whether SPARQL Update, Graph Store writes and admin changes are allowed; false by default. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The largest request body accepted, 1 MB by default; larger ones are refused with 413. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            requireArgument(maxRequestBytes > 0, "maxRequestBytes must be positive, was %s", maxRequestBytes);
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * How many bytes of answers may be kept to answer repeated queries until the store commits again; 0 keeps
         * none. By default a quarter of the heap, at most 256 MB.
         */
        public Builder resultCacheBytes(long resultCacheBytes) {
            requireArgument(resultCacheBytes >= 0, "resultCacheBytes must not be negative, was %s", resultCacheBytes);
            this.resultCacheBytes = resultCacheBytes;
            return this;
        }

        /** The version the Fuseki UI shows (from {@code /$/server}), "newsgraph" unless told. */
        public Builder version(String version) {
            requireArgument(version != null && !version.isBlank(), "version must not be blank, was '%s'", version);
            this.version = version.strip();
            return this;
        }

        /** A server with these settings, not yet started. */
        public SparqlServer build() {
            requireArgument(dataset != null, "dataset is required: call dataset(...) before build()");
            return new SparqlServer(new ServerSettings(dataset, host, port, timeout, allowUpdate, maxRequestBytes,
                    resultCacheBytes, version));
        }

        private static void requireArgument(boolean rule, String message, Object... values) {
            if (!rule) {
                throw new IllegalArgumentException(String.format(message, values));
            }
        }
    }
}
