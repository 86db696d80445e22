package org.newsgraph.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a repeated query from memory as long as the store has not committed since the answer was made.
 *
 * <p>The contract queries return one row per fact and article, so on a large store each answer is tens of
 * megabytes that take seconds to join and write, while the store changes only when a batch commits. An answer
 * is kept under the request (path, parameters, Accept header) and the store's data version read before the
 * query ran, and is served only while that version is still the current one: a commit makes every kept answer
 * stale at once. Kept: complete 200 answers made well inside the query timeout (a timed-out answer may be cut
 * short), of queries whose answer depends only on the store (no SERVICE, NOW, RAND, UUID, STRUUID or BNODE).
 * Answers are dropped least recently used first to stay within the byte budget. Requests with the query in an
 * {@code application/sparql-query} body are passed through. The header {@value #HEADER} says hit or miss.
 */
final class ResultCache implements Filter {
    static final String HEADER = "Newsgraph-Result-Cache";
    private static final Pattern DEPENDS_ON_MORE_THAN_THE_STORE =
            Pattern.compile("\\b(service|now|rand|uuid|struuid|bnode)\\b", Pattern.CASE_INSENSITIVE);
    /** Headers of the first answer that are about that one exchange, not about the answer. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "date", "transfer-encoding",
            "fuseki-request-id", HEADER.toLowerCase(Locale.ROOT));

    private final LongSupplier dataVersion;
    private final long budgetBytes;
    private final long timeoutNanos;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long heldBytes;

    /**
     * @param dataVersion the store's committed version; it must grow with every commit
     * @param budgetBytes the most bytes of answers kept at once
     * @param timeout     the server's query timeout
     */
    ResultCache(LongSupplier dataVersion, long budgetBytes, Duration timeout) {
        this.dataVersion = dataVersion;
        this.budgetBytes = budgetBytes;
        this.timeoutNanos = timeout.toNanos();
    }

    /** A quarter of the heap, at most 256 MB: room for the contract answers of a store of 20,000 articles. */
    static long defaultBudgetBytes() {
        return Math.min(Runtime.getRuntime().maxMemory() / 4, 256L * 1024 * 1024);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        if (!cacheable(http)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = Key.of(http);
        long version = dataVersion.getAsLong();
        Answer kept = lookup(key, version);
        if (kept != null) {
            kept.replay(httpResponse);
            return;
        }
        httpResponse.setHeader(HEADER, "miss");
        CapturingResponse capture = new CapturingResponse(httpResponse, budgetBytes);
        long started = System.nanoTime();
        chain.doFilter(request, capture);
        capture.flushBuffer();
        if (capture.getStatus() == HttpServletResponse.SC_OK && System.nanoTime() - started < timeoutNanos / 2) {
            capture.captured().ifPresent(body -> keep(key, new Answer(version, headers(httpResponse), body)));
        }
    }

    private static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        boolean form = "POST".equals(method) && String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
        if (!"GET".equals(method) && !form) {
            return false;
        }
        String query = request.getParameter("query");
        return query != null && request.getParameter("update") == null
                && !DEPENDS_ON_MORE_THAN_THE_STORE.matcher(query).find();
    }

    private synchronized Answer lookup(Key key, long version) {
        Answer answer = answers.get(key);
        return answer != null && answer.version() == version ? answer : null;
    }

    private synchronized void keep(Key key, Answer answer) {
        Answer old = answers.remove(key);
        if (old != null) {
            heldBytes -= old.body().size();
        }
        for (Iterator<Answer> oldest = answers.values().iterator();
             heldBytes + answer.body().size() > budgetBytes && oldest.hasNext(); ) {
            heldBytes -= oldest.next().body().size();
            oldest.remove();
        }
        answers.put(key, answer);
        heldBytes += answer.body().size();
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return out;
    }

    /** What makes two requests ask for the same bytes: endpoint, every parameter, and the formats accepted. */
    private record Key(String path, Map<String, List<String>> parameters, String accept) {
        static Key of(HttpServletRequest request) {
            Map<String, List<String>> parameters = new TreeMap<>();
            request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
            return new Key(request.getRequestURI(), parameters, String.valueOf(request.getHeader("Accept")));
        }
    }

    /** A kept answer: the store version it was made from, its headers and its body. */
    private record Answer(long version, Map<String, List<String>> headers, KeptBody body) {
        void replay(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setHeader(HEADER, "hit");
            response.setContentLengthLong(body.size());
            body.writeTo(response.getOutputStream());
        }
    }
}
