package org.newsgraph.spark;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsgraph.NewsGraph;

/**
 * What a job did, written beside its shards as {@code manifest.json}: the counts, and each failure with the file
 * (and article id) and the reason.
 */
record Manifest(JobSettings settings, List<String> inputs, int files, int partitions, Tally tally,
                List<Outcome.Failed> failures, double seconds) {
    static final String FILE = "manifest.json";

    boolean hasFailures() {
        return tally.failed() > 0;
    }

    void writeTo(String output, Configuration conf) throws IOException {
        Path path = new Path(output, FILE);
        FileSystem fs = path.getFileSystem(conf);
        try (OutputStream out = fs.create(path, true)) {
            out.write(json().getBytes(StandardCharsets.UTF_8));
        }
    }

    String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "newsgraph " + NewsGraph.VERSION);
        m.put("run", settings.runTime().toString());
        m.put("inputs", inputs);
        m.put("inputFiles", files);
        m.put("partitions", partitions);
        m.put("read", tally.read());
        m.put("written", tally.written());
        m.put("quads", tally.quads());
        m.put("failed", tally.failed());
        m.put("warnings", tally.warnings());
        m.put("skipped", tally.skipped());
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        m.put("modelLoadSeconds", Math.round(tally.modelSeconds() * 10) / 10.0);
        m.put("failures", failures.stream().map(f -> Map.of("origin", f.origin(), "stage", f.stage(), "reason",
                f.reason())).toList());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m) + "\n";
    }
}
