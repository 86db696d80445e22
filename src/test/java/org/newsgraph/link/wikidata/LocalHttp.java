package org.newsgraph.link.wikidata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on a free loopback port that answers as a handler says and remembers every request. */
public final class LocalHttp implements AutoCloseable {
    /** A request as the server saw it; {@code nanos} is when it arrived. */
    public record Request(String method, URI uri, String body, String userAgent, long nanos) {
    }

    /** An answer: status, media type, body, extra headers, and how long to wait before sending it. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {
        public static Reply json(String body) {
            return new Reply(200, "application/json; charset=utf-8", body, Map.of(), 0);
        }

        public Reply withType(String type) {
            return new Reply(status, type, body, headers, delayMillis);
        }

        public Reply after(long millis) {
            return new Reply(status, contentType, body, headers, millis);
        }
    }

    public interface Handler {
        /** The answer to the {@code number}th request (from 1). */
        Reply answer(Request request, int number) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    private LocalHttp(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> serve(exchange, handler));
        server.start();
    }

    public static LocalHttp start(Handler handler) throws IOException {
        return new LocalHttp(handler);
    }

    /** An address where nothing listens: a server started and stopped at once. */
    public static URI down(String path) throws IOException {
        try (LocalHttp gone = start((r, n) -> Reply.json("{}"))) {
            return gone.uri(path);
        }
    }

    public URI uri(String path) {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void serve(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            Request r = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime());
            requests.add(r);
            Reply reply;
            try {
                reply = handler.answer(r, count.incrementAndGet());
            } catch (RuntimeException e) {
                reply = new Reply(599, "text/plain", "the test server's handler failed: " + e, Map.of(), 0);
            }
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up waiting (the timeout tests): nobody is left to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
