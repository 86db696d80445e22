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

    private EmbeddedFuseki(FusekiServer server, Path runArea) {
        this.server = server;
        this.runArea = runArea;
    }

    static EmbeddedFuseki start(ServerSettings settings) {
        Path runArea = createRunArea();
        try {
            FusekiServer server = configure(settings, runArea).build();
            bindHost(server, settings.host());
            server.start();
            return new EmbeddedFuseki(server, runArea);
        } catch (RuntimeException e) {
            deleteTree(runArea);
            throw e;
        }
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
        if (!settings.allowUpdate()) {
            builder.addFilter("/$/*", new AdminWriteGuard());
        }
        builder.addFilter("/*", new RequestSizeLimit(settings.maxRequestBytes()));
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
            deleteTree(runArea);
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
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new NewsGraphException("Cannot delete the Fuseki run area " + root + ": " + e, e);
        }
    }
}
