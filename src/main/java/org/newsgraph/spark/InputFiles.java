package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.ingest.ArticleSource;

/**
 * The article files under the job's input paths, found on the driver with Hadoop's file systems, so that a path
 * may be local, on HDFS or on S3 and may hold a glob. Ids follow ingest's rule: a file's path relative to the
 * folder given, without extension; a file given by name is known by its name.
 */
final class InputFiles {
    /** What the listing found: the files to read, and the paths that name nothing. */
    record Listing(List<InputFile> files, List<Outcome.Failed> missing) {
    }

    private InputFiles() {
    }

    static Listing list(List<String> paths, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<Outcome.Failed> missing = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                missing.add(new Outcome.Failed(given, "read", "no such file or folder"));
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    files.addAll(under(fs, match.getPath()));
                } else if (ArticleSource.isArticleName(match.getPath().getName())) {
                    files.add(given(fs, match.getPath()));
                }
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(missing));
    }

    private static List<InputFile> under(FileSystem fs, Path folder) throws IOException {
        List<LocatedFileStatus> all = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
        while (it.hasNext()) {
            all.add(it.next());
        }
        Set<String> names = new HashSet<>();
        all.forEach(s -> names.add(s.getPath().toUri().getPath()));
        String root = folder.toUri().getPath();
        List<InputFile> files = new ArrayList<>();
        for (LocatedFileStatus status : all) {
            Path file = status.getPath();
            if (!ArticleSource.isArticleName(file.getName())) {
                continue;
            }
            String relative = file.toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
            String sidecar = sidecarOf(file);
            files.add(new InputFile(file.toString(), ArticleSource.idOf(relative),
                    sidecar != null && names.contains(new Path(sidecar).toUri().getPath()) ? sidecar : null));
        }
        files.sort(java.util.Comparator.comparing(InputFile::uri));
        return files;
    }

    private static InputFile given(FileSystem fs, Path file) throws IOException {
        String sidecar = sidecarOf(file);
        return new InputFile(file.toString(), ArticleSource.idOf(file.getName()),
                sidecar != null && fs.exists(new Path(sidecar)) ? sidecar : null);
    }

    /** Where a {@code .txt} file's sidecar would be; null for other formats. */
    private static String sidecarOf(Path file) {
        String name = file.getName();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
            return null;
        }
        return new Path(file.getParent(), name.substring(0, name.length() - 4) + ".json").toString();
    }
}
