package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * A researcher's first look at one person, country or organization: its names and Wikidata item, then every fact
 * the store holds about it in date order, each with the sentences that state it and their articles. The facts come
 * from {@code queries/entity-facts.rq}, the query a researcher would run for the same answer in the Fuseki UI.
 */
@Command(mixinStandardHelpOptions = true, name = "show", description = "Print what the store says about a person,"
        + " country or organization (by name or Wikidata QID): offices, meetings, measures, with dates and sentences.")
final class ShowCommand implements Callable<Integer> {
    static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String FACTS_QUERY = "/queries/entity-facts.rq";
    private static final String DEFAULT_ENTITY = "VALUES ?entity { id:Q22686 }";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ExistingStore db;

    @Parameters(index = "0", paramLabel = "NAME-or-QID",
            description = "A name as the store gives it or one of its other forms (\"Lula\"), or a QID (Q22686).")
    String wanted;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.open()) {
            Map<String, String> entity = EntityLookup.find(store, wanted);
            printHeading(entity, out);
            printFacts(store.select(factsQuery(entity.get("entity"))), out);
        }
        out.flush();
        return 0;
    }

    private static void printHeading(Map<String, String> entity, PrintWriter out) {
        String type = entity.get("type").substring(entity.get("type").lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String wikidata = entity.get("wikidata");
        out.println(entity.get("name") + " (" + type + (wikidata == null ? ", not linked to Wikidata"
                : ", " + wikidata) + ")");
        String aliases = entity.get("aliases");
        if (aliases != null && !aliases.isBlank()) {
            out.println("also called: " + aliases);
        }
        out.println();
    }

    /** One block per fact (date, what, with whom), then each sentence that states it and its article. */
    private static void printFacts(List<Map<String, String>> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.println("no meetings, measures or offices are stored for it; it is named in the articles only");
            return;
        }
        Map<String, List<Map<String, String>>> facts = rows.stream().collect(Collectors.groupingBy(
                ShowCommand::factLine, LinkedHashMap::new, Collectors.toList()));
        facts.forEach((fact, evidence) -> {
            out.println(fact);
            evidence.forEach(row -> out.println("             \"" + row.get("sentence").replaceAll("\\s+", " ")
                    + "\" (" + row.get("articleId") + ")"));
        });
    }

    private static String factLine(Map<String, String> row) {
        String others = row.getOrDefault("others", "");
        String what = row.get("what");
        if (others.isEmpty() && what.endsWith(" with")) {
            what = what.substring(0, what.length() - " with".length());
        }
        return String.format(Locale.ROOT, "%-12s %s%s", row.getOrDefault("date", "undated"), what,
                others.isEmpty() ? "" : " " + others);
    }

    private static String factsQuery(String entityIri) {
        try (InputStream in = ShowCommand.class.getResourceAsStream(FACTS_QUERY)) {
            if (in == null) {
                throw new NewsGraphException("the jar lacks " + FACTS_QUERY + "; rebuild it with mvn package");
            }
            String query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return query.replace(DEFAULT_ENTITY, "VALUES ?entity { <" + entityIri + "> }");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FACTS_QUERY, e);
        }
    }
}
