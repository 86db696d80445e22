package org.newsgraph.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Feeds served on loopback for the tests, by path: each answer carries an ETag of its text, and a request that
 * sends that ETag back gets a 304. A path with no feed answers 404. Every request is recorded.
 */
public final class FeedServer implements AutoCloseable {
    /** What the server was asked: the path, and the User-Agent and If-None-Match it came with. */
    public record Request(String path, String userAgent, String ifNoneMatch) {
    }

    private final HttpServer server;
    private record Feed(byte[] body, String contentType) {
    }

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves {@code text} at {@code path} from now on, and returns its URL. */
    public String put(String path, String text) {
        return put(path, text.getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=utf-8");
    }

    /** Serves {@code body} at {@code path} as {@code contentType} from now on, and returns its URL. */
    public String put(String path, byte[] body, String contentType) {
        feeds.put(path, new Feed(body.clone(), contentType));
        return url(path);
    }

    public String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"), ifNoneMatch));
            Feed feed = feeds.get(path);
            if (feed == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(feed.body())) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = feed.body();
            exchange.getResponseHeaders().set("Content-Type", feed.contentType());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
