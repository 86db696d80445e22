package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Mistakes in how a command was called: one line on stderr that names the option, the reason and where the help
 * is, and exit code 2. A failed run is the {@link ErrorHandler}'s (exit code 1).
 */
final class Usage implements CommandLine.IParameterExceptionHandler {
    static final int EXIT_CODE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("error: " + e.getMessage() + " (see 'newsgraph " + cl.getCommandName() + " --help')");
        cl.getErr().flush();
        return EXIT_CODE;
    }

    /** Rejects a count below one before anything is done. */
    static void atLeastOne(CommandLine.Model.CommandSpec spec, String option, long value) {
        if (value < 1) {
            throw error(spec, option + " must be at least 1, was " + value);
        }
    }

    /** Rejects a number outside a range before anything is done. */
    static void within(CommandLine.Model.CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw error(spec, option + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** Rejects a file or folder named on the command line that is not there, before anything is made. */
    static void exists(CommandLine.Model.CommandSpec spec, String what, Path path) {
        if (!Files.exists(path)) {
            throw error(spec, "no file or folder at " + path + " (" + what + ")");
        }
    }

    /** Rejects a --db that names something other than a folder: a store is a folder, made when missing. */
    static void storeFolder(CommandLine.Model.CommandSpec spec, Path db) {
        if (Files.exists(db) && !Files.isDirectory(db)) {
            throw error(spec, "--db " + db + " is a file; a store is a folder (give a new or a store folder's name)");
        }
    }

    /** Rejects an output file whose folder is missing: the user names another one or creates it. */
    static void writableFolderOf(CommandLine.Model.CommandSpec spec, String option, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw error(spec, option + " " + file + ": there is no folder " + folder
                    + " to write it in; create it first");
        }
        if (Files.isDirectory(file)) {
            throw error(spec, option + " " + file + " is a folder; name the file to write");
        }
    }

    /** The usage error to throw: picocli hands it to {@link #handleParseException}, before or during a run. */
    static CommandLine.ParameterException error(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A day as YYYY-MM-DD, or a sentence that says so. */
    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is no day; write it as YYYY-MM-DD");
        }
    }
}
