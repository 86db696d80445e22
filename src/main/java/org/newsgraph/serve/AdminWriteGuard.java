package org.newsgraph.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 403 to every request under {@code /$/} that could change the server. Fuseki's admin servlets would
 * otherwise let anyone create or delete datasets over HTTP; the UI only ever reads them.
 */
final class AdminWriteGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    /** Admin requests are small forms; anything larger is not worth reading before saying no. */
    private static final long ADMIN_BODY_BYTES = 64 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (READ_METHODS.contains(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        if (!UnreadBody.discard(http, ADMIN_BODY_BYTES)) {
            httpResponse.setHeader("Connection", "close");
        }
        httpResponse.sendError(HttpServletResponse.SC_FORBIDDEN,
                "The server's administration is read-only: " + http.getMethod() + " is not allowed here");
    }
}
