package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.OfficeHolders;
import org.newsgraph.link.OfficeHoldersBuilder;
import org.newsgraph.model.EntityType;

/** What a knowledge-base build tells the user. */
final class KbReport {
    private KbReport() {
    }

    static void built(PrintWriter out, OfficeHoldersBuilder.Report r, long nanos) {
        out.printf("built %s: %,d people, %,d positions held, %,d names in %.1f s%n", r.folder(), r.people(),
                r.offices(), r.names(), nanos / 1e9);
        out.flush();
    }

    /** Names the rows a build rejected; the exit code is 1 when there were any, as for articles that failed. */
    static int rejected(PrintWriter err, OfficeHoldersBuilder.Report r) {
        r.problems().forEach(p -> err.println("rejected: " + p));
        if (r.rejected() > r.problems().size()) {
            err.println("rejected: " + (r.rejected() - r.problems().size()) + " more rows");
        }
        err.flush();
        return r.rejected() > 0 ? 1 : 0;
    }

    /** The knowledge bases ingest and serve link with, as stats lists them. */
    static void inUse(PrintWriter out, Optional<Path> officeHolders) throws IOException {
        Map<EntityType, Long> bundled = KnowledgeBase.bundled().entries().stream()
                .collect(Collectors.groupingBy(KbEntry::type, Collectors.counting()));
        out.printf("knowledge bases:%n  bundled        %d countries, %d people, %d organizations, %d places%n",
                bundled.getOrDefault(EntityType.COUNTRY, 0L), bundled.getOrDefault(EntityType.PERSON, 0L),
                bundled.getOrDefault(EntityType.ORGANIZATION, 0L), bundled.getOrDefault(EntityType.PLACE, 0L));
        if (officeHolders.isEmpty()) {
            out.println("  office-holders none (build one with 'newsgraph kb build' or 'kb update')");
            return;
        }
        Map<String, String> m = OfficeHolders.describe(officeHolders.get());
        Function<String, String> count = k -> String.format("%,d", Long.parseLong(m.getOrDefault(k, "0")));
        out.printf("  office-holders %s people, %s positions held, %s names, built %s, at %s%n", count.apply("people"),
                count.apply("offices"), count.apply("names"), m.getOrDefault("built", "?"), officeHolders.get());
    }
}
