package org.newsgraph.serve;

import java.io.IOException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/** A response stream that writes through to the client and hands every chunk written to a copy as well. */
final class TeeOutput extends ServletOutputStream {
    /** Takes what was written; it decides how much of it to keep. */
    interface Copy {
        void write(byte[] bytes, int offset, int length);
    }

    private final ServletOutputStream out;
    private final Copy copy;

    TeeOutput(ServletOutputStream out, Copy copy) {
        this.out = out;
        this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        copy.write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public boolean isReady() {
        return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
    }
}
