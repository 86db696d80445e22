package org.newsgraph.ingest;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The optional {@code NAME.json} beside {@code NAME.txt}; every problem with it is a warning, never a failure. */
final class Sidecar {
    private Sidecar() {
    }

    static Path of(Path textFile) {
        String name = textFile.getFileName().toString();
        return textFile.resolveSibling(ArticleFiles.stem(name) + ".json");
    }

    /** The metadata of the sidecar of {@code textFile}, or none when it has no sidecar or the sidecar is bad. */
    static Metadata read(Path textFile, long maxBytes, List<String> warnings) {
        Path sidecar = of(textFile);
        if (!Files.isRegularFile(sidecar)) {
            return Metadata.NONE;
        }
        String where = "sidecar " + sidecar;
        try {
            String json = ArticleBytes.stripBom(ArticleBytes.decode(ArticleBytes.read(sidecar, maxBytes), 0));
            JsonObject object = Json.parseObject(json);
            return Metadata.from(object, where, warnings);
        } catch (UnreadableException e) {
            warnings.add(where + ": " + e.getMessage() + "; article stored without its metadata");
            return Metadata.NONE;
        }
    }
}
