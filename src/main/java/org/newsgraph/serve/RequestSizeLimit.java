package org.newsgraph.serve;

import java.io.IOException;

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
    /** How much of a refused body is read away so that the client gets to see the 413. */
    static final long SWALLOW_BYTES = 2L * 1024 * 1024;

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
            refuse(http, httpResponse, declared + " bytes", declared <= SWALLOW_BYTES);
            return;
        }
        if (declared >= 0 || http.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            // Fuseki answers some requests (404, 405) without reading their body.
            if (declared > 0 && !UnreadBody.discard(http, declared)) {
                httpResponse.setHeader("Connection", "close");
            }
            return;
        }
        byte[] body = http.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (body.length > maxBytes) {
            refuse(http, httpResponse, "more than " + maxBytes + " bytes", true);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(http, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size, boolean swallow)
            throws IOException {
        if (!swallow || !UnreadBody.discard(request, SWALLOW_BYTES)) {
            response.setHeader("Connection", "close");
        }
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body of " + size + " is over the limit of " + maxBytes + " bytes");
    }
}
