package org.newsgraph.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The article blocks of one N-Quads text written by {@link ArticleBlocks}, one at a time, so that memory holds one
 * article whatever the size of the shard. A block that cannot be read is reported with its line and the reading
 * goes on with the next block.
 */
public final class ArticleBlockReader implements Iterator<ArticleBlockReader.Block> {
    /** One block: the article, or why it could not be read. */
    public sealed interface Block {
        /** The line the block's header is on (1-based). */
        long line();
    }

    public record Read(long line, ArticleQuads article) implements Block {
    }

    public record Broken(long line, String reason) implements Block {
    }

    private final BufferedReader in;
    private long lineNumber;
    private String pendingHeader;
    private long pendingLine;
    private boolean started;
    private Block next;

    public ArticleBlockReader(BufferedReader in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readBlock();
        }
        return next != null;
    }

    @Override
    public Block next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more article blocks");
        }
        Block block = next;
        next = null;
        return block;
    }

    private Block readBlock() {
        if (!started) {
            started = true;
            Block stray = skipToFirstHeader();
            if (stray != null) {
                return stray;
            }
        }
        if (pendingHeader == null) {
            return null;
        }
        String header = pendingHeader;
        long headerLine = pendingLine;
        StringBuilder quads = new StringBuilder();
        pendingHeader = null;
        for (String line = readLine(); line != null; line = readLine()) {
            if (ArticleBlocks.isHeader(line)) {
                pendingHeader = line;
                pendingLine = lineNumber;
                break;
            }
            quads.append(line).append('\n');
        }
        try {
            String id = ArticleBlocks.articleId(header);
            return new Read(headerLine, ArticleBlocks.read(id, quads.toString()));
        } catch (IllegalArgumentException e) {
            return new Broken(headerLine, e.getMessage());
        }
    }

    /** Quads before the first header belong to no article: they are reported once, as one broken block. */
    private Block skipToFirstHeader() {
        long firstStray = 0;
        for (String line = readLine(); line != null; line = readLine()) {
            if (ArticleBlocks.isHeader(line)) {
                pendingHeader = line;
                pendingLine = lineNumber;
                break;
            }
            if (firstStray == 0 && !line.isBlank() && !line.startsWith("#")) {
                firstStray = lineNumber;
            }
        }
        if (firstStray == 0) {
            return null;
        }
        return new Broken(firstStray, "quads before the first '" + ArticleBlocks.HEADER.strip() + "' line belong"
                + " to no article (this is not a shard written by newsgraph-spark)");
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
