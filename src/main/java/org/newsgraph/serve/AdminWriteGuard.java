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

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (READ_METHODS.contains(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // The body is left unread; closing the connection keeps it from being parsed as the next request.
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        httpResponse.setHeader("Connection", "close");
        httpResponse.sendError(HttpServletResponse.SC_FORBIDDEN,
                "The server's administration is read-only: " + http.getMethod() + " is not allowed here");
    }
}
