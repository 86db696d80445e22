package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.NewsGraph;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.SourceItem;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Shows what the nlp stage makes of articles, one token a line (index, word, lemma, UD and Penn tags, named
 * entity, head, dependency): what a user reads to see why a fact was or was not found.
 */
@Command(mixinStandardHelpOptions = true, name = "annotate",
        description = "Print the sentences of articles with their tokens, tags, named entities and dependency parse.")
final class AnnotateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @CommandLine.Option(names = "--grep", paramLabel = "TEXT",
            description = "Only the sentences that contain TEXT (case-insensitive).")
    String grep;

    @Override
    public Integer call() {
        for (Path path : paths) {
            Usage.exists(spec, "PATH", path);
        }
        NewsGraph graph = NewsGraph.builder().progress(new ProgressLine(spec.commandLine().getErr())::loading).build();
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        try (Stream<SourceItem> items = ArticleSource.of(paths, ArticleSource.DEFAULT_MAX_ARTICLE_BYTES).items()) {
            for (SourceItem item : (Iterable<SourceItem>) items::iterator) {
                if (item instanceof SourceItem.Read read) {
                    print(graph.annotate(read.article()), out);
                } else if (item instanceof SourceItem.Failed f) {
                    spec.commandLine().getErr().println("error: " + f.origin() + ": " + f.reason());
                    failed++;
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private void print(Document document, PrintWriter out) {
        out.println("# article " + document.article().id());
        for (Sentence s : document.sentences()) {
            if (grep != null && !s.text().toLowerCase(java.util.Locale.ROOT)
                    .contains(grep.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            out.println("# sentence " + s.index() + ": " + s.text().replace('\n', ' '));
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                out.println(String.join("\t", Integer.toString(i), t.text(), t.lemma(), t.pos(), t.tag(),
                        t.entity(), Integer.toString(t.head()), t.relation()));
            }
            out.println();
        }
    }
}
