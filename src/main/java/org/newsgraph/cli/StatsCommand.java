package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(mixinStandardHelpOptions = true, name = "stats", description = "Count articles, people, countries, organizations, meetings, measures, quads.")
final class StatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ExistingStore db;

    @CommandLine.Mixin
    KbOption kb;

    @Override
    public Integer call() throws java.io.IOException {
        java.util.Optional<java.nio.file.Path> officeHolders = kb.folder(spec);
        StoreStats s;
        try (Store store = db.open()) {
            s = store.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("articles       %d%npeople         %d%ncountries      %d%norganizations  %d%n"
                + "meetings       %d%nmeasures       %d%nquads          %d%n", s.articles(), s.people(), s.countries(),
                s.organizations(), s.meetings(), s.measures(), s.quads());
        KbReport.inUse(out, officeHolders);
        out.flush();
        return 0;
    }
}
