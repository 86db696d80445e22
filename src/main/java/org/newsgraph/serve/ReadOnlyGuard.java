package org.newsgraph.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses every write to a read-only server the same way: 403 and one sentence that says the endpoint is
 * read-only and how to allow writes. Left to itself, Fuseki answers each kind of write differently (405 for the
 * update service it does not register, 400 or 415 for an update sent to the query service, an empty 403 from
 * the admin servlets), which tells a user nothing about why or what to do. Fuseki's admin servlets would
 * moreover let anyone create or delete datasets; the UI only ever reads them.
 */
final class ReadOnlyGuard implements Filter {
    static final String MESSAGE = "This endpoint is read-only, so %s %s was not done; start the server with"
            + " 'newsgraph serve --allow-update' to allow writes.";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Services that exist only to write: SPARQL Update and file upload. */
    private static final Set<String> WRITE_SERVICES = Set.of("/update", "/upload");
    /** Services where a POST is a query: the dataset itself and its query endpoints. */
    private static final Set<String> QUERY_SERVICES = Set.of("", "/sparql", "/query");
    /** A refused body is small or not worth reading before saying no. */
    private static final long REFUSED_BODY_BYTES = 64 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!writes(http)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        if (!UnreadBody.discard(http, REFUSED_BODY_BYTES)) {
            httpResponse.setHeader("Connection", "close");
        }
        httpResponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
        httpResponse.setContentType("text/plain;charset=utf-8");
        PrintWriter body = httpResponse.getWriter();
        body.println(String.format(MESSAGE, http.getMethod(), http.getRequestURI()));
        body.flush();
    }

    static boolean writes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (path.startsWith("/$/")) {
            return !READ_METHODS.contains(method);
        }
        if (!path.equals(EmbeddedFuseki.DATASET) && !path.startsWith(EmbeddedFuseki.DATASET + "/")) {
            return false;
        }
        String service = path.substring(EmbeddedFuseki.DATASET.length());
        if (WRITE_SERVICES.contains(service)) {
            return true;
        }
        if (READ_METHODS.contains(method)) {
            return request.getParameter("update") != null; // an update in the URL is a write all the same
        }
        return !"POST".equals(method) || postWrites(request, service);
    }

    /** A POST to a query service writes when it carries an update or, to the dataset, a graph to store. */
    private static boolean postWrites(HttpServletRequest request, String service) {
        if (!QUERY_SERVICES.contains(service)) {
            return true; // the Graph Store services: a POST adds to a graph
        }
        String type = mediaType(request);
        if (type.equals("application/x-www-form-urlencoded")) {
            return request.getParameter("update") != null;
        }
        if (type.equals("application/sparql-update")) {
            return true;
        }
        boolean rdfBody = !type.isEmpty() && !type.equals("application/sparql-query");
        return service.isEmpty() && rdfBody;
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
