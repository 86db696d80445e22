package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SourceItem;
import org.newsgraph.model.Article;

/**
 * Reads one input file on an executor with the readers ingest uses, so that the articles, their ids and the
 * reasons for a failure are the ones ingest would give. The file (and a sidecar) is first copied from wherever
 * Hadoop finds it (HDFS, S3, a local disk) into a folder of its own on the executor's disk, since the readers
 * work on local files; the copy goes when its items are consumed or the task ends.
 */
final class InputReading implements Iterator<Outcome>, AutoCloseable {
    private final InputFile file;
    private final Path folder;
    private final String localPrefix;
    private final Stream<SourceItem> stream;
    private final Iterator<SourceItem> items;
    private boolean closed;

    private InputReading(InputFile file, Path folder, Path local, long maxArticleBytes) {
        this.file = file;
        this.folder = folder;
        this.localPrefix = local.toString();
        this.stream = ArticleSource.file(local, file.id(), maxArticleBytes).items();
        this.items = stream.iterator();
    }

    /** The items of one file, read lazily; a file that cannot be copied is one failure. */
    static Iterator<Outcome> of(InputFile file, long maxArticleBytes, Map<String, String> hadoopSettings) {
        Configuration conf = new Configuration();
        hadoopSettings.forEach(conf::set);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("newsgraph-input-");
            Path local = copy(file.uri(), folder, conf);
            if (file.sidecar() != null) {
                copy(file.sidecar(), folder, conf);
            }
            InputReading reading = new InputReading(file, folder, local, maxArticleBytes);
            org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener(new org.apache.spark.util.TaskCompletionListener() {
                    @Override
                    public void onTaskCompletion(org.apache.spark.TaskContext context) {
                        reading.close();
                    }
                });
            }
            return reading;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(folder);
            return List.<Outcome>of(new Outcome.Failed(file.uri(), "read", "cannot copy it to the executor: "
                    + e.getMessage())).iterator();
        }
    }

    private static Path copy(String uri, Path folder, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = path.getFileSystem(conf);
        Path local = folder.resolve(path.getName());
        try (InputStream in = fs.open(path)) {
            Files.copy(in, local);
        }
        return local;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (items.hasNext()) {
            return true;
        }
        close();
        return false;
    }

    @Override
    public Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items in " + file.uri());
        }
        SourceItem item = items.next();
        if (item instanceof SourceItem.Read r) {
            Article a = r.article();
            Article here = new Article(a.id(), a.text(), a.url(), a.title(), a.published(), a.source(),
                    origin(a.origin()));
            return new Outcome.Read(here, List.copyOf(r.warnings()));
        }
        if (item instanceof SourceItem.Skipped s) {
            return new Outcome.Skipped(origin(s.origin()), s.kind());
        }
        SourceItem.Failed f = (SourceItem.Failed) item;
        return new Outcome.Failed(origin(f.origin()), "read", f.reason());
    }

    /** Messages name the file as given, not the executor's copy of it. */
    private String origin(String local) {
        return local.replace(localPrefix, file.uri());
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stream.close();
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a copy left in the temporary folder costs disk space only; the articles are read
        }
    }
}
