package org.newsgraph.cli;

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
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least 1, was " + value);
        }
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
