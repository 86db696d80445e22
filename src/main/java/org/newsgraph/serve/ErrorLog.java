package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request the server could not answer (status 500 and above): method, path, status and the
 * first line of the reason the client was given. Fuseki's own log of such a request is its whole query and a
 * stack trace, hundreds of lines for a federated query that cannot reach its service; that log is kept for
 * {@code --verbose}.
 */
final class ErrorLog implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.newsgraph.serve");
    private static final int REASON_BYTES = 400;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Reason reason = new Reason((HttpServletResponse) response);
        chain.doFilter(request, reason);
        int status = ((HttpServletResponse) response).getStatus();
        if (status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            HttpServletRequest http = (HttpServletRequest) request;
            LOG.warn("{} {} failed with {}: {}", http.getMethod(), http.getRequestURI(), status, reason.firstLine());
        }
    }

    /**
     * Keeps the message given to sendError, or else the first bytes of the body, whatever the status while they
     * were written: the status is what it is when the request is done. An error that follows a reset of the
     * buffer (Fuseki's answer when a query fails after its results began) starts the kept bytes afresh.
     */
    private static final class Reason extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream start = new ByteArrayOutputStream();
        private String message;

        Reason(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String text) throws IOException {
            message = text;
            super.sendError(status, text);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return new TeeOutput(super.getOutputStream(), this::keep);
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            start.reset();
        }

        @Override
        public void reset() {
            super.reset();
            start.reset();
        }

        private void keep(byte[] bytes, int offset, int length) {
            if (start.size() < REASON_BYTES) {
                start.write(bytes, offset, Math.min(length, REASON_BYTES - start.size()));
            }
        }

        String firstLine() {
            String text = message != null ? message : start.toString(StandardCharsets.UTF_8);
            return text.strip().lines().findFirst().orElse("(no reason given)");
        }
    }
}
