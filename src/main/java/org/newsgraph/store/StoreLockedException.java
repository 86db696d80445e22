package org.newsgraph.store;

import org.newsgraph.NewsGraphException;

/** The store folder is held by another process; TDB2 allows one process per store. */
public class StoreLockedException extends NewsGraphException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
