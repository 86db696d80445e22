package org.newsgraph.link.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;
import org.newsgraph.link.OfficeHoldersBuilder;

/**
 * Builds the office-holders' knowledge base from the live Wikidata Query Service: first the scopes (states and
 * international organizations), then their office-holders, each state in a request of its own and organizations
 * a few at a time; a request that runs into the time limit is split in two and sent again. Everything is fetched
 * before anything is built, so an update that fails half-way keeps the knowledge base there before.
 */
public final class WikidataUpdate {
    /** Wikidata's public SPARQL endpoint. */
    public static final URI QUERY_SERVICE = URI.create("https://query.wikidata.org/sparql");
    /** A little over the service's own limit of 60 s, so its answer that a query timed out can arrive. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(70);
    static final String SCOPES_QUERY = "wikidata-officeholder-scopes.rq";
    static final String OFFICES_QUERY = "wikidata-officeholders.rq";
    /** What the offices query holds in place of the scopes of one request. */
    static final String PLACEHOLDER = "VALUES ?scope { UNDEF }";
    /** Organizations have few office-holders each, so several share a request. */
    static final int ORGANIZATIONS_PER_REQUEST = 20;

    private final Settings settings;
    private final PoliteHttp http;
    private final Consumer<String> progress;

    /**
     * Where to ask and how long to wait.
     *
     * @param endpoint the SPARQL endpoint, {@link #QUERY_SERVICE} unless testing or mirroring
     * @param timeout  how long one request may take
     */
    public record Settings(URI endpoint, Duration timeout) {
        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
        }
    }

    /** The states and organizations of one request. */
    record Scopes(List<String> qids, Set<String> states, String label) {
        List<Scopes> halves() {
            int mid = qids.size() / 2;
            return List.of(part(qids.subList(0, mid)), part(qids.subList(mid, qids.size())));
        }

        private Scopes part(List<String> some) {
            return new Scopes(List.copyOf(some), states, some.size() + " of " + label);
        }
    }

    private WikidataUpdate(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.http = new PoliteHttp(settings.timeout(), Duration.ofMillis(200));
        this.progress = progress;
    }

    /**
     * Asks the endpoint and writes the knowledge base to {@code out}, replacing the one there only when done.
     *
     * @param progress hears one line per request
     * @throws NewsGraphException when a request fails for good; {@code out} is then as it was
     * @throws IOException when the files cannot be written
     */
    public static OfficeHoldersBuilder.Report run(Settings settings, Path out, Consumer<String> progress)
            throws IOException {
        Objects.requireNonNull(out, "out");
        return new WikidataUpdate(settings, Objects.requireNonNull(progress, "progress")).update(out);
    }

    private OfficeHoldersBuilder.Report update(Path out) throws IOException {
        OfficeRows rows;
        try {
            rows = fetch();
        } catch (NewsGraphException e) {
            String kept = Files.exists(out) ? "; the knowledge base in " + out + " is as it was" : "";
            throw new NewsGraphException(e.getMessage() + kept, e);
        }
        return build(rows, out);
    }

    private OfficeRows fetch() throws IOException {
        String offices = query(OFFICES_QUERY);
        if (!offices.contains(PLACEHOLDER)) {
            throw new NewsGraphException(OFFICES_QUERY + " lacks '" + PLACEHOLDER + "', where each request's"
                    + " scopes go");
        }
        Deque<Scopes> work = new ArrayDeque<>(requests(ask(query(SCOPES_QUERY), "the list of scopes")));
        long states = work.stream().filter(s -> !s.states().isEmpty()).count();
        progress.accept(String.format("%d states and %d organizations to ask about in %d requests", states,
                work.stream().filter(s -> s.states().isEmpty()).mapToInt(s -> s.qids().size()).sum(), work.size()));
        OfficeRows rows = new OfficeRows();
        for (int done = 1; !work.isEmpty(); done++) {
            Scopes next = work.pop();
            List<Map<String, String>> answer = askOrSplit(offices, next, work);
            if (answer != null) {
                int added = rows.add(answer, next.states());
                progress.accept(String.format("%d/%d %s: %,d rows, %,d people so far", done, done + work.size(),
                        next.label(), added, rows.people()));
            }
        }
        return rows;
    }

    /** The rows for the scopes, or null when the request ran out of time and its halves were queued instead. */
    private List<Map<String, String>> askOrSplit(String offices, Scopes scopes, Deque<Scopes> work) {
        String values = scopes.qids().stream().map(q -> "wd:" + q).collect(Collectors.joining(" "));
        try {
            return ask(offices.replace(PLACEHOLDER, "VALUES ?scope { " + values + " }"), scopes.label());
        } catch (TooSlow e) {
            if (scopes.qids().size() < 2) {
                throw new NewsGraphException(failure(scopes.label(), "it took longer than the time limit even"
                        + " alone"), e);
            }
            progress.accept(scopes.label() + ": too slow, asking in two halves");
            scopes.halves().forEach(work::push);
            return null;
        }
    }

    /** One request per state, one per {@link #ORGANIZATIONS_PER_REQUEST} organizations. */
    private static List<Scopes> requests(List<Map<String, String>> scopes) {
        List<Scopes> out = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        Set<String> states = new HashSet<>();
        for (Map<String, String> row : scopes) {
            String qid = SparqlResults.qid(row.get("scope"));
            if (qid != null && "state".equals(row.get("kind")) && states.add(qid)) {
                out.add(new Scopes(List.of(qid), Set.of(qid), row.getOrDefault("scopeLabel", qid) + " " + qid));
            } else if (qid != null && !organizations.contains(qid)) {
                organizations.add(qid);
            }
        }
        if (out.isEmpty()) {
            throw new NewsGraphException("the list of scopes names no state: is the endpoint Wikidata's?");
        }
        for (int i = 0; i < organizations.size(); i += ORGANIZATIONS_PER_REQUEST) {
            List<String> some = organizations.subList(i, Math.min(organizations.size(), i + ORGANIZATIONS_PER_REQUEST));
            out.add(new Scopes(List.copyOf(some), Set.of(), some.size() + " organizations"));
        }
        return out;
    }

    private List<Map<String, String>> ask(String sparql, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .header("Accept", SparqlResults.MEDIA_TYPE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)));
        HttpResponse<String> answer;
        try {
            answer = http.send(request);
        } catch (HttpTimeoutException e) {
            throw new TooSlow(e);
        } catch (IOException e) {
            throw new NewsGraphException(failure(what, PoliteHttp.reason(e)), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException(failure(what, "interrupted"), e);
        }
        if (answer.statusCode() != 200) {
            // the service answers a query it stopped at its limit with 500 and the Java exception's name
            if (answer.statusCode() == 500 && answer.body().contains("TimeoutException")) {
                throw new TooSlow(null);
            }
            throw new NewsGraphException(failure(what, PoliteHttp.describe(answer)));
        }
        return SparqlResults.parse(answer.body(), settings.endpoint().toString());
    }

    private String failure(String what, String reason) {
        return "kb update stopped: " + settings.endpoint() + " failed on " + what + ": " + reason;
    }

    private OfficeHoldersBuilder.Report build(OfficeRows rows, Path out) throws IOException {
        if (rows.unnamed() > 0) {
            progress.accept(String.format("%,d rows without a person's English label left out", rows.unnamed()));
        }
        Path temp = Files.createTempDirectory("newsgraph-kb-update-");
        try {
            Path offices = temp.resolve("officeholders.tsv");
            Path aliases = temp.resolve("aliases.tsv");
            rows.writeOffices(offices);
            rows.writeAliases(aliases);
            // the files are gone once built: the manifest names where the rows came from instead
            return OfficeHoldersBuilder.build(offices, aliases, out, Map.of("officeholders", settings.endpoint()
                    + " " + OFFICES_QUERY, "aliases", settings.endpoint() + " " + OFFICES_QUERY));
        } finally {
            for (String f : List.of("officeholders.tsv", "aliases.tsv")) {
                Files.deleteIfExists(temp.resolve(f));
            }
            Files.deleteIfExists(temp);
        }
    }

    private static String query(String name) throws IOException {
        try (InputStream in = WikidataUpdate.class.getResourceAsStream("/queries/" + name)) {
            if (in == null) {
                throw new NewsGraphException("queries/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A request that ran into the time limit: worth splitting, not yet a failure. */
    private static final class TooSlow extends NewsGraphException {
        private static final long serialVersionUID = 1L;

        TooSlow(Throwable cause) {
            super("the request took longer than the time limit", cause);
        }
    }
}
