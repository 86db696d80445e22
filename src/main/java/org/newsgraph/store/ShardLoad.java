package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.rdf.ArticleBlockReader;
import org.newsgraph.rdf.ArticleQuads;

/**
 * Loads the N-Quads shards of the Spark job into a store, article by article, exactly as ingest writes articles:
 * each one replaces what the store held for its id, an unchanged one is left as it is, so loading twice changes
 * nothing. A block or file that cannot be read is reported and the rest is loaded.
 */
public final class ShardLoad {
    /** Hears of what could not be loaded. */
    public interface Listener {
        void failure(String origin, String reason);
    }

    /**
     * What a load did.
     *
     * @param files    shard files read
     * @param articles article blocks read
     * @param written  articles written (the rest were stored from the same input already)
     * @param failed   blocks and files that could not be read
     */
    public record Report(long files, long articles, long written, long failed) {
    }

    private final Store store;
    private final int batchSize;
    private final Listener listener;
    private final List<ArticleQuads> batch = new ArrayList<>();
    private long files;
    private long articles;
    private long written;
    private long failed;

    private ShardLoad(Store store, int batchSize, Listener listener) {
        this.store = store;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /**
     * Loads every shard file under the paths: files given by name, and the files of folders (recursively) but for
     * Spark's and Hadoop's own ({@code _SUCCESS}, {@code .crc}) and the job's {@code manifest.json}. Gzipped and
     * plain files are told apart by their first bytes.
     */
    public static Report load(List<Path> paths, Store store, int batchSize, Listener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        ShardLoad load = new ShardLoad(store, batchSize, listener);
        for (Path path : paths) {
            load.shardsOf(path).forEach(load::file);
        }
        load.flush();
        return new Report(load.files, load.articles, load.written, load.failed);
    }

    private List<Path> shardsOf(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(ShardLoad::isShard).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            fail(path.toString(), "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isShard(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".crc")
                && !name.equals("manifest.json");
    }

    /**
     * A file cut short gives up the blocks before the cut; the block the cut falls in is held back, since its
     * lines up to the cut may well parse as an article with facts missing.
     */
    private void file(Path file) {
        files++;
        try (InputStream bytes = Files.newInputStream(file); CutAware raw = new CutAware(decompressed(bytes));
             BufferedReader in = reader(raw)) {
            ArticleBlockReader blocks = new ArticleBlockReader(in);
            ArticleBlockReader.Block held = null;
            while (blocks.hasNext()) {
                if (held != null) {
                    accept(file, held);
                }
                held = blocks.next();
            }
            if (raw.failure != null) {
                fail(file.toString(), "cannot read the rest of the file (" + describe(raw.failure) + "); the"
                        + " articles before the failure are loaded" + (held == null ? "" : ", the one it cut ("
                        + "line " + held.line() + ") is not"));
            } else if (held != null) {
                accept(file, held);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            fail(file.toString(), "cannot read the rest of the file (" + describe(cause) + ")");
        }
    }

    private void accept(Path file, ArticleBlockReader.Block block) {
        if (block instanceof ArticleBlockReader.Broken broken) {
            fail(file + " line " + broken.line(), broken.reason());
            return;
        }
        articles++;
        batch.add(((ArticleBlockReader.Read) block).article());
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            written += store.write(List.copyOf(batch));
            batch.clear();
        }
    }

    private void fail(String origin, String reason) {
        failed++;
        listener.failure(origin, reason);
    }

    /** Gzipped and plain files are told apart by their first two bytes. */
    private static InputStream decompressed(InputStream file) throws IOException {
        InputStream raw = new BufferedInputStream(file, 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** Malformed UTF-8 is an error rather than replacement characters that would be stored as text. */
    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
    }

    /**
     * Ends at the first read error as at the end of the file, and keeps the error: readers ahead of it fill their
     * buffers in large steps, and an error thrown through them would lose what they had decoded before the cut.
     */
    private static final class CutAware extends java.io.FilterInputStream {
        private IOException failure;

        CutAware(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.io.EOFException) {
            return "it ends in the middle: cut short";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
