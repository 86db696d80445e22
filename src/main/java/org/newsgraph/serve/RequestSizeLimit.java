package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over a byte limit with 413. A declared Content-Length is checked before anything is
 * read; a chunked body of unknown length is read up to one byte past the limit, then replayed to Fuseki.
 */
final class RequestSizeLimit implements Filter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        long declared = http.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(httpResponse, declared + " bytes");
            return;
        }
        if (declared >= 0 || http.getHeader("Transfer-Encoding") == null || isForm(http)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(http.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(httpResponse, "more than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBodyRequest(http, body), response);
    }

    /** Jetty parses form bodies itself, from its own stream, under its own form size cap; replaying cannot help. */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The unread body would be taken for the next request on this connection, so the connection is closed. */
    private void refuse(HttpServletResponse response, String size) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body of " + size + " is over the limit of " + maxBytes + " bytes");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 8);
        return in.readNBytes(cap);
    }
}
