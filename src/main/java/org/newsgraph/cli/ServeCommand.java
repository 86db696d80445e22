package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the store over SPARQL at http://HOST:PORT/kg/sparql, with the"
        + " Fuseki UI at http://HOST:PORT/ and the graph view at http://HOST:PORT/graph."
        + " Read-only unless --allow-update.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Override
    public Integer call() {
        try (Store store = Store.open(db);
             SparqlServer server = SparqlServer.builder().dataset(store.dataset()).host(host).port(port)
                     .timeout(Duration.ofSeconds(timeoutSeconds)).allowUpdate(allowUpdate).build().start()) {
            announce(server);
            server.join();
        }
        return 0;
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
