package org.newsgraph.ingest;

/** Why one article (or sidecar) could not be read; the message is the short reason a report shows. */
final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String reason) {
        super(reason);
    }
}
