package org.newsgraph.link.wikidata;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.newsgraph.NewsGraph;

/**
 * HTTP as Wikimedia's policies ask of a tool: a User-Agent that says who is asking, one request at a time with a
 * pause between them, and waiting out 429 and 503 as {@code Retry-After} says, a bounded number of times.
 * Thread-safe: the worker threads of an ingest share one and queue for it.
 */
final class PoliteHttp {
    static final String USER_AGENT = "newsgraph/" + NewsGraph.VERSION
            + " (https://github.com/newsgraph; research tool) java-http-client";
    /** Tries per request, the first included, before a 429 or 503 is taken as the answer. */
    static final int ATTEMPTS = 4;
    /** A longer Retry-After is shortened to this: a user waits at a terminal. */
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Duration timeout;
    private final Duration interval;
    private long lastStart;

    /**
     * @param timeout  how long one request may take until its answer starts
     * @param interval the least time from the start of one request to the start of the next
     */
    PoliteHttp(Duration timeout, Duration interval) {
        this.timeout = timeout;
        this.interval = interval;
    }

    /**
     * Sends the request, again after a 429 or 503, and returns the answer, whatever its status.
     *
     * @throws java.net.http.HttpTimeoutException when the answer does not start within the timeout
     * @throws IOException when the server cannot be reached
     */
    synchronized HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(timeout).setHeader("User-Agent", USER_AGENT).build();
        for (int attempt = 1; ; attempt++) {
            pace();
            HttpResponse<String> answer = client.send(built,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (!busy(answer.statusCode()) || attempt == ATTEMPTS) {
                return answer;
            }
            Thread.sleep(waitBefore(answer, attempt).toMillis());
        }
    }

    static boolean busy(int status) {
        return status == 429 || status == 503;
    }

    private void pace() throws InterruptedException {
        long wait = lastStart + interval.toNanos() - System.nanoTime();
        if (lastStart != 0 && wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        lastStart = System.nanoTime();
    }

    /** What Retry-After asks (in seconds; a date is not worth parsing here), else 2, 4, 8 seconds. */
    private static Duration waitBefore(HttpResponse<?> answer, int attempt) {
        Optional<String> header = answer.headers().firstValue("Retry-After");
        Duration asked = Duration.ofSeconds(1L << attempt);
        if (header.isPresent() && header.get().strip().matches("\\d{1,6}")) {
            asked = Duration.ofSeconds(Long.parseLong(header.get().strip()));
        }
        return asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked;
    }

    /** The reason a request failed, in a few words: exceptions of the HTTP client often carry no message. */
    static String reason(Exception e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The status line and the start of the body, for an answer that is not what was asked for. */
    static String describe(HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body().strip().replaceAll("\\s+", " ");
        return "HTTP " + answer.statusCode() + (body.isEmpty() ? "" : ": "
                + (body.length() > 160 ? body.substring(0, 160) + "..." : body));
    }
}
