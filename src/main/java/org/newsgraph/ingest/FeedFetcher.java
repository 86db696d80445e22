package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Gets a feed document from a file or over HTTP(S). Over HTTP it says who is asking, gives up after a timeout,
 * follows redirects and sends the validators of the last answer (ETag, Last-Modified), so an unchanged feed costs
 * the server a 304 and no body.
 */
final class FeedFetcher {
    static final String USER_AGENT = "newsgraph/" + org.newsgraph.NewsGraph.VERSION
            + " (feed reader of a research tool; https://github.com/newsgraph) java-http-client";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A feed holds many articles, so it may be larger than one; past this it is something else. */
    private static final long MIN_FEED_LIMIT = 32L * 1024 * 1024;

    /**
     * A feed document with the media type the server gave it (null for a file), or (when {@code body} is null)
     * word that it has not changed since the validators.
     */
    record Fetched(byte[] body, String contentType, String etag, String lastModified) {
        boolean unchanged() {
            return body == null;
        }
    }

    private final long limit;
    private final HttpClient http;

    FeedFetcher(long maxArticleBytes) {
        this.limit = Math.min(ArticleBytes.MAX_READABLE, Math.max(MIN_FEED_LIMIT, maxArticleBytes));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    static boolean isUrl(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The document at the location; {@code etag} and {@code lastModified} may be null. */
    Fetched fetch(String location, String etag, String lastModified) throws UnreadableException {
        if (!isUrl(location)) {
            return new Fetched(ArticleBytes.read(Path.of(location), limit), null, null, null);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(location)).timeout(REQUEST_TIMEOUT)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8");
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("not a usable URL: " + e.getMessage());
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return send(request.GET().build());
    }

    private Fetched send(HttpRequest request) throws UnreadableException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                String etag = response.headers().firstValue("ETag").orElse(null);
                String modified = response.headers().firstValue("Last-Modified").orElse(null);
                if (status == 304) {
                    return new Fetched(null, null, etag, modified);
                }
                if (status != 200) {
                    throw new UnreadableException("the server answered HTTP " + status);
                }
                byte[] bytes = body.readNBytes((int) limit + 1);
                if (bytes.length > limit) {
                    throw new UnreadableException("feed " + TextChecks.tooLarge(bytes.length, limit));
                }
                return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null), etag, modified);
            }
        } catch (HttpTimeoutException e) {
            throw new UnreadableException("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new UnreadableException("cannot fetch: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableException("interrupted while fetching");
        }
    }
}
