package org.newsgraph.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report as one Markdown table (section, figure, value, target) and as JSON with the same figures. */
final class BenchTable {
    private static final double MB = 1024.0 * 1024.0;

    private BenchTable() {
    }

    private record Row(String section, String figure, String value, String target) {
    }

    static String markdown(BenchReport r) {
        StringBuilder out = new StringBuilder("| section | figure | value | target |\n|---|---|---:|---|\n");
        for (Row row : rows(r)) {
            out.append("| ").append(row.section()).append(" | ").append(row.figure()).append(" | ")
                    .append(row.value()).append(" | ").append(row.target()).append(" |\n");
        }
        return out.toString();
    }

    private static List<Row> rows(BenchReport r) {
        List<Row> rows = new ArrayList<>();
        var m = r.machine();
        rows.add(new Row("machine", "cores", Integer.toString(m.cores()), ""));
        rows.add(new Row("machine", "max heap (MB)", num(m.maxHeapBytes() / MB, 0), ""));
        rows.add(new Row("machine", "Java / Jena / OpenNLP", m.java() + " / " + m.jena() + " / " + m.openNlp(), ""));
        rows.add(new Row("corpus", "articles / threads / seed", r.options().articles() + " / "
                + r.options().threads() + " / " + r.options().seed(), ""));
        rows.add(new Row("corpus", "tokens (NLP4J's count)", Long.toString(r.raw().tokens()), ""));
        rows.add(new Row("start-up", "NLP models loaded (s)", num(r.startup(), 1), ""));
        rawRows("raw OpenNLP (sentences, tokens)", r.openNlp(), rows);
        rawRows("raw NLP4J (tokens, tags, named entities)", r.raw(), rows);
        pipelineRows(r.pipeline(), rows);
        var l = r.loader();
        rows.add(new Row("tdbloader (phased)", "N-Quads export (s)", num(l.exportSeconds(), 2), ""));
        rows.add(new Row("tdbloader (phased)", "load in its own JVM (s, bulk load only)", num(l.loadSeconds(), 2), ""));
        rows.add(new Row("tdbloader (phased)", "quads/s", num(l.quadsPerSecond(), 0), ""));
        for (BenchReport.Query q : r.queries()) {
            String name = q.name() + ".rq";
            rows.add(new Row("query", name + " rows", Long.toString(q.rows()), ""));
            rows.add(new Row("query", name + " first request (ms)", num(q.firstMillis(), 1), ""));
            rows.add(new Row("query", name + " p50 / p95 (ms)", num(q.p50Millis(), 1) + " / "
                    + num(q.p95Millis(), 1), ""));
        }
        rows.add(new Row("ratio", "pipeline / raw NLP4J tokens/s", num(r.nlpRatio(), 2), met(r.nlpRatio() >= 0.5,
                ">= 0.5")));
        rows.add(new Row("ratio", "pipeline / raw OpenNLP articles/s", num(r.openNlpRatio(), 2), ""));
        rows.add(new Row("ratio", "same per CPU second (raw CPU s / pipeline CPU s)", num(r.nlpCpuRatio(), 2),
                "(load-independent view)"));
        rows.add(new Row("ratio", "store / tdbloader quads/s", num(r.storeRatio(), 2), met(r.storeRatio() >= 0.5,
                ">= 0.5")));
        rows.add(new Row("ratio", "slowest query p50 (ms)", num(r.worstQueryP50Millis(), 1),
                met(r.worstQueryP50Millis() < 200, "< 200")));
        return rows;
    }

    private static void rawRows(String section, BenchReport.Raw raw, List<Row> rows) {
        rows.add(new Row(section, "tokens/s", num(raw.tokensPerSecond(), 0), ""));
        rows.add(new Row(section, "articles/s", num(raw.articlesPerSecond(), 1), ""));
        rows.add(new Row(section, "wall / CPU time (s)", num(raw.seconds(), 2) + " / " + num(raw.cpuSeconds(), 2), ""));
    }

    private static void pipelineRows(BenchReport.Pipeline p, List<Row> rows) {
        rows.add(new Row("pipeline", "tokens/s", num(p.tokensPerSecond(), 0), ""));
        rows.add(new Row("pipeline", "articles/s", num(p.articlesPerSecond(), 1), ""));
        rows.add(new Row("pipeline", "wall / CPU time (s)", num(p.seconds(), 2) + " / " + num(p.cpuSeconds(), 2), ""));
        rows.add(new Row("pipeline", "nlp (s, summed over workers)", num(p.nlpSeconds(), 2), ""));
        rows.add(new Row("pipeline", "extract incl. link (s, summed over workers)", num(p.extractSeconds(), 2), ""));
        rows.add(new Row("pipeline", "rdf (s, summed over workers)", num(p.rdfSeconds(), 2), ""));
        rows.add(new Row("pipeline", "store (s, writer thread)", num(p.storeSeconds(), 2), ""));
        rows.add(new Row("pipeline", "quads written", Long.toString(p.quads()), ""));
        rows.add(new Row("pipeline", "store quads/s", num(p.storeQuadsPerSecond(), 0), ""));
        rows.add(new Row("pipeline", "live heap after GC (MB)", num(p.liveHeapBytes() / MB, 1), ""));
    }

    private static String met(boolean met, String target) {
        return target + (met ? " (met)" : " (missed)");
    }

    private static String num(double d, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", d);
    }

    static String json(BenchReport r) {
        JsonObject root = new JsonObject();
        var m = r.machine();
        JsonObject machine = new JsonObject();
        machine.addProperty("cores", m.cores());
        machine.addProperty("maxHeapBytes", m.maxHeapBytes());
        machine.addProperty("java", m.java());
        machine.addProperty("jena", m.jena());
        machine.addProperty("openNlp", m.openNlp());
        root.add("machine", machine);
        JsonObject options = new JsonObject();
        options.addProperty("articles", r.options().articles());
        options.addProperty("threads", r.options().threads());
        options.addProperty("seed", r.options().seed());
        root.add("options", options);
        root.addProperty("startupSeconds", r.startup());
        root.add("rawOpenNlp", raw(r.openNlp()));
        root.add("rawNlp4j", raw(r.raw()));
        root.add("pipeline", pipeline(r.pipeline()));
        root.add("tdbloader", loader(r.loader()));
        root.add("queries", queries(r.queries()));
        root.add("ratios", ratios(r));
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }

    private static JsonObject raw(BenchReport.Raw raw) {
        JsonObject o = new JsonObject();
        o.addProperty("articles", raw.articles());
        o.addProperty("tokens", raw.tokens());
        o.addProperty("seconds", raw.seconds());
        o.addProperty("cpuSeconds", raw.cpuSeconds());
        o.addProperty("tokensPerSecond", raw.tokensPerSecond());
        o.addProperty("articlesPerSecond", raw.articlesPerSecond());
        return o;
    }

    private static JsonObject pipeline(BenchReport.Pipeline p) {
        JsonObject o = new JsonObject();
        o.addProperty("articles", p.articles());
        o.addProperty("tokens", p.tokens());
        o.addProperty("seconds", p.seconds());
        o.addProperty("cpuSeconds", p.cpuSeconds());
        o.addProperty("tokensPerSecond", p.tokensPerSecond());
        o.addProperty("articlesPerSecond", p.articlesPerSecond());
        o.addProperty("nlpSeconds", p.nlpSeconds());
        o.addProperty("extractSeconds", p.extractSeconds());
        o.addProperty("rdfSeconds", p.rdfSeconds());
        o.addProperty("storeSeconds", p.storeSeconds());
        o.addProperty("quads", p.quads());
        o.addProperty("storeQuadsPerSecond", p.storeQuadsPerSecond());
        o.addProperty("liveHeapBytes", p.liveHeapBytes());
        return o;
    }

    private static JsonObject loader(BenchReport.Loader l) {
        JsonObject o = new JsonObject();
        o.addProperty("quads", l.quads());
        o.addProperty("exportSeconds", l.exportSeconds());
        o.addProperty("loadSeconds", l.loadSeconds());
        o.addProperty("quadsPerSecond", l.quadsPerSecond());
        return o;
    }

    private static JsonArray queries(List<BenchReport.Query> queries) {
        JsonArray a = new JsonArray();
        for (BenchReport.Query q : queries) {
            JsonObject o = new JsonObject();
            o.addProperty("name", q.name());
            o.addProperty("rows", q.rows());
            o.addProperty("firstMillis", q.firstMillis());
            o.addProperty("runs", q.runs());
            o.addProperty("p50Millis", q.p50Millis());
            o.addProperty("p95Millis", q.p95Millis());
            a.add(o);
        }
        return a;
    }

    private static JsonObject ratios(BenchReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("pipelineOverRawNlp4jTokensPerSecond", r.nlpRatio());
        o.addProperty("pipelineOverRawOpenNlpArticlesPerSecond", r.openNlpRatio());
        o.addProperty("pipelineOverRawPerCpuSecond", r.nlpCpuRatio());
        o.addProperty("storeOverTdbloaderQuadsPerSecond", r.storeRatio());
        o.addProperty("slowestQueryP50Millis", r.worstQueryP50Millis());
        return o;
    }
}
