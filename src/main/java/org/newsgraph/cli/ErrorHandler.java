package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.newsgraph.NewsGraphException;
import picocli.CommandLine;

/**
 * A failed run is one sentence on stderr and exit code 1; a stack trace only with --verbose. The user reads the
 * message, never a class name: file-system failures name the file and what is wrong with it, and anything else
 * that escapes says it is newsgraph's fault and how to see where it happened.
 */
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
        cl.getErr().println("error: " + sentence(e));
        cl.getErr().flush();
        return 1;
    }

    static String sentence(Throwable e) {
        if (e instanceof NewsGraphException) {
            return e.getMessage();
        }
        Throwable io = fileSystemCause(e);
        if (io != null) {
            return fileSystem((FileSystemException) io);
        }
        if (e instanceof IOException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        String what = e.getMessage() == null ? "no message" : e.getMessage().lines().findFirst().orElse("");
        return "unexpected failure (" + what + "); run again with --verbose to see where, and report it";
    }

    private static Throwable fileSystemCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException) {
                return t;
            }
        }
        return null;
    }

    private static String fileSystem(FileSystemException e) {
        String file = e.getFile();
        if (e instanceof NoSuchFileException) {
            return "no file or folder at " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to use " + file + "; check its owner and mode";
        }
        if (e instanceof NotDirectoryException) {
            return file + " is not a folder";
        }
        return file + ": " + (e.getReason() == null ? "cannot be used" : e.getReason());
    }
}
