package org.newsgraph.serve;

import org.newsgraph.NewsGraphException;

/** The server could not listen because another program holds its port; the caller can offer another port. */
public final class PortInUseException extends NewsGraphException {
    private static final long serialVersionUID = 1L;

    private final int port;

    PortInUseException(String host, int port, Throwable cause) {
        super("port " + port + " on " + host + " is in use by another program", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
