package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.LiveIngest;
import org.newsgraph.NewsGraph;
import org.newsgraph.NewsGraphException;
import org.newsgraph.serve.PortInUseException;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "serve", description = "Serve the store over SPARQL at http://HOST:PORT/kg/sparql, with the"
        + " Fuseki UI at http://HOST:PORT/ and the graph view at http://HOST:PORT/graph."
        + " Read-only unless --allow-update.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--db", required = true, description = "The TDB2 store folder (created if missing).")
    Path db;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default 3030; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "Address to bind (default localhost: only this machine can connect).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default 30).")
    long timeoutSeconds;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes over HTTP.")
    boolean allowUpdate;

    @Option(names = "--watch", paramLabel = "DIR", description = "Ingest the articles of DIR (recursively), then"
            + " those that appear or change in it, while serving; queries see each batch once it commits.")
    Path watch;

    @Option(names = "--feeds", paramLabel = "FILE", description = "A text file of RSS or Atom feeds, one http(s) URL"
            + " or file per line (# starts a comment): polled every --feed-interval while serving, new items ingested"
            + " once; what was read is kept in the store folder.")
    Path feedList;

    @Option(names = "--feed-interval", paramLabel = "DURATION", defaultValue = "15m",
            converter = DurationConverter.class, description = "How often --feeds are polled: seconds, or with a unit,"
            + " as 90s, 15m, 2h (default ${DEFAULT-VALUE}).")
    Duration feedInterval;

    @Option(names = "--batch-size", defaultValue = "" + NewsGraph.DEFAULT_BATCH_SIZE,
            description = "Articles per write transaction with --watch or --feeds (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--result-cache-mb", paramLabel = "MB", description = "Memory for answers kept to serve repeated"
            + " queries until the store next commits (default: a quarter of the heap, at most 256; 0 turns it off).")
    Long resultCacheMb;

    @CommandLine.Mixin
    KbOption kb;

    /** The file that remembers what the feeds gave, kept in the store folder so a new store reads them afresh. */
    static final String FEED_STATE = "feeds-state.json";

    private List<String> feeds = List.of();
    private NewsGraph graph;

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Usage.duration(value);
        }
    }

    @Override
    public Integer call() throws IOException {
        checkOptions();
        feeds = feedList == null ? List.of() : readFeedList();
        if (main != null && main.verbose) {
            requestLogs();
        }
        return NewStoreFolder.use(db, store -> {
            try (SparqlServer server = start(store)) {
                announce(server);
                try (LiveIngest live = watch == null ? null : startWatching(store);
                     LiveIngest polled = feeds.isEmpty() ? null : startPolling(store)) {
                    server.join();
                }
            }
            return 0;
        });
    }

    /** Checked before the store is opened, so a mistyped option leaves no store folder behind. */
    private void checkOptions() {
        Usage.within(spec, "--port", port, 0, 65535);
        Usage.atLeastOne(spec, "--timeout", timeoutSeconds);
        Usage.atLeastOne(spec, "--batch-size", batchSize);
        Usage.within(spec, "--result-cache-mb", resultCacheMb == null ? 0 : resultCacheMb, 0, Long.MAX_VALUE >> 20);
        Usage.storeFolder(spec, db);
        if (watch != null && !java.nio.file.Files.isDirectory(watch)) {
            throw Usage.error(spec, "no folder to watch at " + watch + " (--watch)");
        }
        if (feedInterval.isZero()) {
            throw Usage.error(spec, "--feed-interval must be at least one second, was 0");
        }
    }

    /** The feeds of the --feeds file, each checked as --feed is; blank lines and # comments are passed over. */
    private List<String> readFeedList() throws IOException {
        if (!Files.isRegularFile(feedList)) {
            throw Usage.error(spec, "no file of feeds at " + feedList + " (--feeds)");
        }
        List<String> lines = Files.readAllLines(feedList, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                Usage.feed(spec, "--feeds " + feedList + " line " + (i + 1) + ":", line);
                out.add(line);
            }
        }
        if (out.isEmpty()) {
            throw Usage.error(spec, "--feeds " + feedList + " names no feed; write one URL or file per line");
        }
        return out;
    }

    /** Fuseki's and Jetty's own log of every request; takes effect before their first log line, as here. */
    private static void requestLogs() {
        for (String logger : new String[] {"org.apache.jena.fuseki", "org.apache.jena.fuseki.Fuseki",
                "org.eclipse.jetty"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "info");
        }
    }

    private SparqlServer start(Store store) {
        try {
            return server(store).start();
        } catch (PortInUseException e) {
            throw new NewsGraphException(e.getMessage() + "; serve on another with --port N (--port 0 takes any"
                    + " free one), or stop the program that holds it", e);
        }
    }

    private SparqlServer server(Store store) {
        SparqlServer.Builder builder = SparqlServer.builder().dataset(store.dataset()).host(host).port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds)).allowUpdate(allowUpdate)
                .version("newsgraph " + NewsGraph.VERSION);
        if (resultCacheMb != null) {
            builder.resultCacheBytes(resultCacheMb * 1024 * 1024);
        }
        return builder.build();
    }

    /** The models load after the endpoint is up: it answers from what the store holds meanwhile. */
    private LiveIngest startWatching(Store store) throws IOException {
        LiveIngest live = graph().watch(watch, store, new ProgressLine(spec.commandLine().getErr()));
        spec.commandLine().getErr().println("watching " + watch + " for articles");
        spec.commandLine().getErr().flush();
        return live;
    }

    /** One pipeline for the folder and the feeds: the models are loaded once. */
    private NewsGraph graph() throws IOException {
        if (graph == null) {
            NewsGraph.Builder builder = NewsGraph.builder().batchSize(batchSize)
                    .progress(new ProgressLine(spec.commandLine().getErr())::loading);
            graph = kb.apply(builder, spec).build();
        }
        return graph;
    }

    /** The feeds are polled on their own thread; with --watch the two take turns at the store. */
    private LiveIngest startPolling(Store store) throws IOException {
        LiveIngest live = graph().watchFeeds(feeds, feedInterval, db.resolve(FEED_STATE), store,
                new ProgressLine(spec.commandLine().getErr()));
        spec.commandLine().getErr().println("polling " + feeds.size() + (feeds.size() == 1 ? " feed" : " feeds")
                + " every " + feedInterval.toString().substring(2).toLowerCase(Locale.ROOT));
        spec.commandLine().getErr().flush();
        return live;
    }

    private void announce(SparqlServer server) {
        PrintWriter out = spec.commandLine().getOut();
        String base = server.endpoint().replace("/kg/sparql", "");
        out.println("SPARQL endpoint: " + server.endpoint());
        out.println("Fuseki UI:       " + base + "/");
        out.println("Graph view:      " + server.graphView());
        out.println("Try it:");
        out.println("  curl -s " + server.endpoint() + " --data-urlencode 'query=SELECT ?name WHERE { GRAPH"
                + " <https://w3id.org/newsgraph/id/g-entities> { ?p a <http://schema.org/Person> ;"
                + " <http://schema.org/name> ?name } } LIMIT 10' -H 'Accept: text/csv'");
        out.println("Stop with Ctrl-C.");
        out.flush();
    }
}
