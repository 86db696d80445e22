package org.newsgraph.cli;

import org.newsgraph.NewsGraphException;
import picocli.CommandLine;

/** A domain error is one line on stderr and exit code 1; a stack trace only with --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Main main;

    ErrorHandler(Main main) {
        this.main = main;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (main.verbose) {
            e.printStackTrace(cl.getErr());
        }
        String message = e instanceof NewsGraphException || e instanceof java.io.IOException
                ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        cl.getErr().println("error: " + message);
        cl.getErr().flush();
        return 1;
    }
}
