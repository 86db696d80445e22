package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.link.OfficeHoldersBuilder;

/** What a knowledge-base build tells the user. */
final class KbReport {
    private KbReport() {
    }

    static void built(PrintWriter out, OfficeHoldersBuilder.Report r, long nanos) {
        out.printf("built %s: %,d people, %,d positions held, %,d names in %.1f s%n", r.folder(), r.people(),
                r.offices(), r.names(), nanos / 1e9);
        out.flush();
    }
}
