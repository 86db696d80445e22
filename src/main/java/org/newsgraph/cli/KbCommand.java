package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.link.OfficeHoldersBuilder;
import org.newsgraph.link.wikidata.WikidataUpdate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(mixinStandardHelpOptions = true, name = "kb",
        description = "Build the office-holders' knowledge base that links people to Wikidata.",
        subcommands = {KbCommand.Build.class, KbCommand.Update.class})
final class KbCommand {
    @Command(mixinStandardHelpOptions = true, name = "build",
            description = "Build a knowledge base folder from Wikidata position-held rows (columns wikidata_qid,"
                    + " name, position, position_qid, country_qid, start, end) and other names (wikidata_qid,"
                    + " name, other_labels, stated_names). Exit code 1 if a row was rejected.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--officeholders", required = true, paramLabel = "FILE",
                description = "Tab-separated position-held rows.")
        Path officeholders;

        @Option(names = "--aliases", paramLabel = "FILE", description = "Tab-separated other names (optional).")
        Path aliases;

        @CommandLine.Mixin
        KbOut out;

        @Override
        public Integer call() throws IOException {
            requireFile("--officeholders", officeholders);
            if (aliases != null) {
                requireFile("--aliases", aliases);
            }
            long t0 = System.nanoTime();
            OfficeHoldersBuilder.Report r = OfficeHoldersBuilder.build(officeholders, aliases, out.folder);
            KbReport.built(spec.commandLine().getOut(), r, System.nanoTime() - t0);
            return KbReport.rejected(spec.commandLine().getErr(), r);
        }

        private void requireFile(String option, Path file) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        option + " " + file + " is not a file");
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "update",
            description = "Build a knowledge base folder from the live Wikidata Query Service: the holders of"
                    + " heads of state's and government's offices, ministers, deputy ministers, ambassadors,"
                    + " central-bank governors, heads of international organizations and members of national"
                    + " legislatures since 1990 (queries/wikidata-officeholders.rq), one request per state."
                    + " The folder there is replaced only when every request succeeded.")
    static final class Update implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        KbOut out;

        @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://query.wikidata.org/sparql",
                description = "The SPARQL endpoint (default ${DEFAULT-VALUE}).")
        java.net.URI endpoint;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "70",
                description = "How long one request may take (default ${DEFAULT-VALUE}; the service stops a"
                        + " query at 60). A request that takes longer is split in two.")
        long timeoutSeconds;

        @Override
        public Integer call() throws IOException {
            Usage.atLeastOne(spec, "--timeout", timeoutSeconds);
            if (endpoint.getScheme() == null || !endpoint.getScheme().matches("https?")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--endpoint " + endpoint + " is not an http or https URL");
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("asking " + endpoint + " for office-holders, one request per state");
            err.flush();
            long t0 = System.nanoTime();
            OfficeHoldersBuilder.Report r = WikidataUpdate.run(new WikidataUpdate.Settings(endpoint,
                    java.time.Duration.ofSeconds(timeoutSeconds)), out.folder, line -> {
                err.println(line);
                err.flush();
            });
            KbReport.built(spec.commandLine().getOut(), r, System.nanoTime() - t0);
            return KbReport.rejected(err, r);
        }
    }
}
