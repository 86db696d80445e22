package org.newsgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A response body kept in memory as a list of blocks. A single growing array would double past the body's size
 * and be copied once more at the end, which for an answer of tens of megabytes is a large, needless peak; blocks
 * grow from 8 KB to 1 MB and only the last is trimmed.
 */
final class KeptBody {
    private static final int FIRST_BLOCK = 8 * 1024;
    private static final int LARGEST_BLOCK = 1024 * 1024;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current = new byte[FIRST_BLOCK];
    private int fill;
    private long size;

    void write(int b) {
        if (fill == current.length) {
            nextBlock();
        }
        current[fill++] = (byte) b;
        size++;
    }

    void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (fill == current.length) {
                nextBlock();
            }
            int n = Math.min(length, current.length - fill);
            System.arraycopy(bytes, offset, current, fill, n);
            fill += n;
            offset += n;
            length -= n;
            size += n;
        }
    }

    /** Ends writing: the last block is cut to what it holds. */
    KeptBody seal() {
        blocks.add(Arrays.copyOf(current, fill));
        current = null;
        return this;
    }

    long size() {
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] block : blocks) {
            out.write(block);
        }
    }

    private void nextBlock() {
        blocks.add(current);
        current = new byte[Math.min(current.length * 2, LARGEST_BLOCK)];
        fill = 0;
    }
}
