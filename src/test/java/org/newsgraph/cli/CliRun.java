package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * A command run in this JVM as a user runs it, with what it wrote: results (stdout) and messages (stderr).
 *
 * @param code the exit code
 * @param out  stdout: query results, help
 * @param err  stderr: progress, warnings, errors, summaries
 */
public record CliRun(int code, String out, String err) {
    public static CliRun of(String... args) {
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(results)).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new CliRun(code, results.toString(StandardCharsets.UTF_8) + out, err.toString());
    }
}
