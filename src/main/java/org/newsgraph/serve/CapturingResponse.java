package org.newsgraph.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that goes to the client as usual and keeps a copy of its body, up to a limit. A body written
 * through a writer, or longer than the limit, is not kept (and not held in memory past the limit).
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final long limit;
    private KeptBody copy = new KeptBody();
    private ServletOutputStream stream;

    CapturingResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new TeeOutput(super.getOutputStream(), (bytes, offset, length) -> {
                if (room(length)) {
                    copy.write(bytes, offset, length);
                }
            });
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        copy = null;
        return super.getWriter();
    }

    /** The whole body, if it was all written through the output stream and within the limit. */
    Optional<KeptBody> captured() {
        return Optional.ofNullable(copy).map(KeptBody::seal);
    }

    /** Whether the copy can take this many more bytes; drops the copy for good when it cannot. */
    private boolean room(int length) {
        if (copy != null && copy.size() + (long) length > limit) {
            copy = null;
        }
        return copy != null;
    }
}
