package org.newsgraph.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.cli.Main;

/**
 * {@code newsgraph serve} in a JVM of its own, as a user starts it: the endpoint it announces, and what it writes
 * to stderr as it comes.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://\\S+)");

    private final Process process;
    private final StringBuffer err = new StringBuffer();
    private final String endpoint;

    private ServeProcess(List<String> serveArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(serveArgs);
        process = new ProcessBuilder(command).start();
        drain(process.getErrorStream(), err);
        endpoint = announced();
    }

    /** Starts {@code serve} with these arguments and waits until it announces its endpoint. */
    public static ServeProcess start(String... serveArgs) throws IOException {
        return new ServeProcess(List.of(serveArgs));
    }

    public String endpoint() {
        return endpoint;
    }

    /** What the server has written to stderr so far. */
    public String err() {
        return err.toString();
    }

    private String announced() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                drain(process.getInputStream(), new StringBuffer());
                return m.group(1);
            }
        }
        throw new IllegalStateException("the server ended without announcing its endpoint: " + err);
    }

    private static void drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .forEach(l -> into.append(l).append('\n')));
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
