package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.NewsGraph;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.link.wikidata.WikidataSearch;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --kb DIR}: the office-holders' knowledge base that links people, or the one at the default place; and
 * {@code --link-online}: Wikidata's search for the names no knowledge base has.
 */
final class KbOption {
    /** Where {@code kb build} and {@code kb update} write, and where ingest and serve look, unless told. */
    static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".newsgraph", "kb");

    @Option(names = "--kb", paramLabel = "DIR", description = "An office-holders' knowledge base folder built by"
            + " 'newsgraph kb build' or 'kb update' (default: ~/.newsgraph/kb when it exists).")
    Path kb;

    @Option(names = "--link-online", description = "Look up the people no knowledge base has with Wikidata's search"
            + " API (www.wikidata.org) and link one only when exactly one human found fits the article's countries."
            + " Answers are cached; if the network fails, the run goes on offline.")
    boolean linkOnline;

    @Option(names = "--online-cache", paramLabel = "DIR", defaultValue = "${sys:user.home}/.newsgraph/cache",
            description = "Where --link-online keeps Wikidata's answers, so a name is asked about once"
                    + " (default ${DEFAULT-VALUE}).")
    Path onlineCache;

    @Option(names = "--wikidata-api", paramLabel = "URL", defaultValue = "https://www.wikidata.org/w/api.php",
            description = "The API --link-online asks (default ${DEFAULT-VALUE}).")
    java.net.URI wikidataApi;

    /** The folder to use, if any: the one given, or the default when it exists; one without a base is an error. */
    Optional<Path> folder(CommandLine.Model.CommandSpec spec) {
        if (kb == null && !Files.isDirectory(DEFAULT)) {
            return Optional.empty();
        }
        Path folder = kb != null ? kb : DEFAULT;
        if (!Files.isRegularFile(folder.resolve("kb.properties"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kb " + folder
                    + " is not a knowledge base folder: build one with 'newsgraph kb build' or 'newsgraph kb update'");
        }
        return Optional.of(folder);
    }

    /** The knowledge base to use, if any; a folder given that holds none is a usage error. */
    Optional<OfficeHolders> load(CommandLine.Model.CommandSpec spec) throws IOException {
        Optional<Path> found = folder(spec);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path folder = found.get();
        long t0 = System.nanoTime();
        OfficeHolders loaded = OfficeHolders.load(folder);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("linking people with the knowledge base %s (%,d people, loaded in %.1f s)%n", folder,
                loaded.size(), (System.nanoTime() - t0) / 1e9);
        err.flush();
        return Optional.of(loaded);
    }

    /** Adds the knowledge base, if any, and the online linker, if allowed, to the builder. */
    NewsGraph.Builder apply(NewsGraph.Builder builder, CommandLine.Model.CommandSpec spec) throws IOException {
        if (linkOnline && (wikidataApi.getScheme() == null || !wikidataApi.getScheme().matches("https?"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--wikidata-api " + wikidataApi + " is not an http or https URL");
        }
        load(spec).ifPresent(builder::officeHolders);
        if (linkOnline) {
            PrintWriter err = spec.commandLine().getErr();
            WikidataSearch.Settings settings = new WikidataSearch.Settings(wikidataApi, onlineCache);
            err.println("linking the people no knowledge base has with Wikidata's search at " + wikidataApi
                    + " (answers kept in " + settings.answers() + ")");
            err.flush();
            builder.linkOnline(WikidataSearch.linker(settings, warning -> {
                err.println("warning: " + warning);
                err.flush();
            }));
        }
        return builder;
    }
}
