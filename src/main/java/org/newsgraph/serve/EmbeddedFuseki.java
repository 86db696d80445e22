package org.newsgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.NewsGraphException;

/**
 * A running Jena Fuseki server and the scratch folder it needs. The UI module only serves its pages when a
 * server control object with a writable base folder is present; Fuseki's admin module would find that folder
 * through the FUSEKI_BASE environment variable (or a "run" folder in the working directory), so the control
 * object is made here over a temporary folder that is deleted on stop. Only the admin servlets the UI reads are
 * added (datasets, server, ping, stats, tasks); backup and compaction are left out. The graph view at /graph
 * is a servlet of its own that serves static files; its page queries /kg/sparql. Repeated queries on a TDB2
 * store are answered from a {@link ResultCache} until the store commits again.
 */
final class EmbeddedFuseki {
    static final String DATASET = "/kg";

    private final FusekiServer server;
    private final Path runArea;
    /** Ctrl-C and SIGTERM end the JVM without stop(); this takes the run area away then. */
    private final Thread cleanupAtExit;

    private EmbeddedFuseki(FusekiServer server, Path runArea) {
        this.server = server;
        this.runArea = runArea;
        this.cleanupAtExit = new Thread(() -> deleteTree(runArea), "newsgraph-fuseki-cleanup");
    }

    static EmbeddedFuseki start(ServerSettings settings) {
        Path runArea = createRunArea();
        FusekiServer server = null;
        try {
            server = configure(settings, runArea).build();
            bindHost(server, settings.host());
            EmbeddedFuseki fuseki = new EmbeddedFuseki(server, runArea);
            Runtime.getRuntime().addShutdownHook(fuseki.cleanupAtExit);
            try {
                server.start();
            } catch (RuntimeException e) {
                Runtime.getRuntime().removeShutdownHook(fuseki.cleanupAtExit);
                throw e;
            }
            return fuseki;
        } catch (RuntimeException e) {
            stopQuietly(server, e);
            deleteTree(runArea);
            if (causedBy(e, java.net.BindException.class)) {
                throw new PortInUseException(settings.host(), settings.port(), e);
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static FusekiServer.Builder configure(ServerSettings settings, Path runArea) {
        FusekiServerCtl control = new FusekiServerCtl(runArea);
        control.setup();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .add(DATASET, settings.dataset().asDatasetGraph(), settings.allowUpdate())
                .addServletAttribute(Fuseki.attrFusekiServerCtl, control)
                .addServlet("/$/datasets/*", new ActionDatasets())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet(GraphViewServlet.PATH + "/*", new GraphViewServlet())
                .enablePing(true)
                .enableStats(true)
                .enableTasks(true)
                .fusekiModules(FusekiModules.create(new FMod_UI()));
        builder.addFilter("/*", new ErrorLog());
        builder.addFilter(ServerVersion.PATH, new ServerVersion(settings.version()));
        builder.addFilter("/*", new RequestSizeLimit(settings.maxRequestBytes()));
        if (!settings.allowUpdate()) {
            builder.addFilter("/*", new ReadOnlyGuard());
        }
        if (settings.resultCacheBytes() > 0) {
            DataVersion.of(settings.dataset()).ifPresent(version -> builder.addFilter(DATASET + "/*",
                    new ResultCache(version, settings.resultCacheBytes(), settings.timeout())));
        }
        return builder;
    }

    /** Fuseki's builder knows only "loopback or every interface"; the connector takes any host before start. */
    private static void bindHost(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }

    int port() {
        return server.getHttpPort();
    }

    void join() {
        server.join();
    }

    void stop() {
        try {
            server.stop();
        } finally {
            forgetCleanupAtExit();
            deleteTree(runArea);
        }
    }

    private void forgetCleanupAtExit() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or has run) anyway; deleting twice is harmless
        }
    }

    /** A server that failed to start may hold Jetty's threads; the start failure is what the caller hears of. */
    private static void stopQuietly(FusekiServer server, RuntimeException failure) {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static Path createRunArea() {
        try {
            return Files.createTempDirectory("newsgraph-fuseki-");
        } catch (IOException e) {
            throw new NewsGraphException("Cannot create the Fuseki run area in the temporary folder: " + e, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new NewsGraphException("Cannot delete the Fuseki run area " + root + ": " + e, e);
        }
    }
}
