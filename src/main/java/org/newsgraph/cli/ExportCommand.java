package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportRequest;
import org.newsgraph.export.ExportSummary;
import org.newsgraph.export.GraphExport;
import org.newsgraph.export.GraphView;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "export", description = "Write the actor network or the event view"
        + " for Gephi (gexf), yEd, Cytoscape, networkx and igraph (graphml, cytoscape) or Graphviz (dot).")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ExistingStore db;

    @Option(names = "--format", required = true, description = "graphml, gexf, dot or cytoscape.")
    String format;

    @Option(names = "--output", required = true, description = "The file to write.")
    Path output;

    @Option(names = "--view", defaultValue = "actors", description = "actors (default) or events.")
    String view;

    @Option(names = "--from", description = "Only events on or after this day (YYYY-MM-DD); drops undated events.")
    LocalDate from;

    @Option(names = "--to", description = "Only events on or before this day (YYYY-MM-DD); drops undated events.")
    LocalDate to;

    @Option(names = "--isolated", description = "Also write the actors that take part in no event drawn (left out by"
            + " default, as they only crowd a picture of the network).")
    boolean isolated;

    @Override
    public Integer call() throws IOException {
        ExportRequest request = request();
        Usage.writableFolderOf(spec, "--output", output);
        Path absolute = output.toAbsolutePath();
        // Written beside the target and moved into place, so a failed export never leaves half a file behind.
        // Not Files.createTempFile: its files are private (0600) whatever the umask, and other tools read exports.
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        ExportSummary summary;
        try (Store store = db.open();
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
                     StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            summary = GraphExport.of(store).write(request, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getErr().printf("wrote %d nodes and %d edges to %s%n", summary.nodes(), summary.edges(),
                output);
        spec.commandLine().getErr().flush();
        return 0;
    }

    private ExportRequest request() {
        try {
            return new ExportRequest(ExportFormat.parse(format), GraphView.parse(view), from, to, isolated);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
