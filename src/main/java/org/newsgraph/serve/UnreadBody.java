package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reading away a request body that nobody wants. When a server answers before reading the body and then closes,
 * the client, still sending, may get a reset instead of the answer; when it answers and keeps the connection
 * with bytes unread, Jetty closes it silently and the client's next request on it fails. Reading a bounded
 * amount (as Tomcat's swallow size does) avoids both; past that bound the caller closes the connection.
 */
final class UnreadBody {
    private UnreadBody() {
    }

    /** Reads and drops at most {@code max} bytes of the body; true when the body ended within them. */
    static boolean discard(HttpServletRequest request, long max) throws IOException {
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            return false; // the client waits for a go-ahead before sending; reading would ask for the body
        }
        InputStream in;
        try {
            in = request.getInputStream();
        } catch (IllegalStateException readAsCharacters) {
            return true; // the servlet took the body through getReader, so it has been read
        }
        return drain(in, max);
    }

    private static boolean drain(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[8192];
        long left = max;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return true;
            }
            left -= n;
        }
        return in.read() < 0;
    }
}
