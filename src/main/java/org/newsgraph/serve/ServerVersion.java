package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The Fuseki UI shows the server's version from {@code /$/server}. Fuseki reads its own from its jar's manifest,
 * which the fat jar does not keep, so the UI said "Version &lt;development&gt;"; this puts newsgraph's version
 * (and Fuseki's, when known) in that answer instead.
 */
final class ServerVersion implements Filter {
    static final String PATH = "/$/server";
    private static final Pattern VERSION = Pattern.compile("(\"version\"\\s*:\\s*)\"([^\"]*)\"");

    private final String version;

    ServerVersion(String version) {
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Buffered buffered = new Buffered((HttpServletResponse) response);
        chain.doFilter(request, buffered);
        byte[] body = rewrite(buffered.body.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    String rewrite(String json) {
        Matcher m = VERSION.matcher(json);
        if (!m.find()) {
            return json;
        }
        String fuseki = m.group(2).contains("development") ? "" : " (Apache Jena Fuseki " + m.group(2) + ")";
        return m.replaceFirst(Matcher.quoteReplacement(m.group(1) + "\"" + version + fuseki + "\""));
    }

    /** Holds the small JSON answer back so that it can be changed before it is sent. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int length) {
            // the length is set once the answer is rewritten
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length is set once the answer is rewritten
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the server answer is written in one go");
                }
            };
        }
    }
}
