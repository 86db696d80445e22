package org.newsgraph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Mistakes in how a command was called: one line on stderr that names the option, the reason and where the help
 * is, and exit code 2. A failed run is the {@link ErrorHandler}'s (exit code 1).
 */
final class Usage implements CommandLine.IParameterExceptionHandler {
    static final int EXIT_CODE = 2;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smh]?)");

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

    /** Rejects a feed that is neither an http(s) URL nor a file, before anything is made. */
    static void feed(CommandLine.Model.CommandSpec spec, String what, String feed) {
        String lower = feed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                if (URI.create(feed).getHost() != null) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                throw error(spec, what + " " + feed + " is not a valid URL: " + e.getMessage());
            }
            throw error(spec, what + " " + feed + " is not a valid URL: it names no host");
        }
        if (lower.matches("^[a-z][a-z0-9+.-]+://.*")) {
            throw error(spec, what + " " + feed + ": only http and https feeds are read");
        }
        if (!Files.isRegularFile(Path.of(feed))) {
            throw error(spec, what + " " + feed + " is neither an http(s) URL nor a feed file"
                    + (Files.isDirectory(Path.of(feed)) ? " (it is a folder)" : ""));
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

    /** A duration as seconds, or with a unit: 90s, 15m, 2h. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + text + "' is no duration; write it as seconds or"
                    + " with a unit, such as 90s, 15m or 2h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
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
