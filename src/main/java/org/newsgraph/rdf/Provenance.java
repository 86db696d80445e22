package org.newsgraph.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Which software made an article graph, with which models, in which run. */
record Provenance(String extractorVersion, String modelId, Instant runTime) {
    private static final DateTimeFormatter RUN_KEY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    String agentIri() {
        return Vocab.ID + "agt-extractor-" + extractorVersion.replaceAll("[^A-Za-z0-9-]", "-");
    }

    String runIri() {
        return Vocab.ID + "run-" + RUN_KEY.format(runTime);
    }
}
