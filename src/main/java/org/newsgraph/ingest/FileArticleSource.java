package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

final class FileArticleSource implements ArticleSource {
    private final List<Path> paths;
    private final long maxArticleBytes;

    FileArticleSource(List<Path> paths, long maxArticleBytes) {
        this.paths = List.copyOf(paths);
        this.maxArticleBytes = maxArticleBytes;
    }

    @Override
    public Stream<SourceItem> items() {
        throw new UnsupportedOperationException("not written yet: " + paths + " " + maxArticleBytes);
    }
}
