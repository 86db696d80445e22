package org.newsgraph.link.wikidata;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.link.PersonLinker;

/**
 * Linking people by Wikidata's search API, for the names no knowledge base has, when the user allows it
 * ({@code --link-online}). Answers are kept in a folder; requests go one at a time, a pause apart.
 */
public final class WikidataSearch {
    /** Wikidata's API. */
    public static final URI API = URI.create("https://www.wikidata.org/w/api.php");
    /** At most five requests a second, whatever the number of worker threads. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(200);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The subfolder of the cache folder that holds the search answers. */
    static final String ANSWERS = "wikidata-search";

    /**
     * Where to ask and where to keep the answers.
     *
     * @param api      the API endpoint, {@link #API} unless testing
     * @param cache    the cache folder; the answers go into a subfolder of it
     * @param timeout  how long one request may take
     * @param interval the least time between the starts of two requests
     */
    public record Settings(URI api, Path cache, Duration timeout, Duration interval) {
        public Settings {
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(cache, "cache");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            if (interval.isNegative()) {
                throw new IllegalArgumentException("interval must not be negative, was " + interval);
            }
        }

        public Settings(URI api, Path cache) {
            this(api, cache, DEFAULT_TIMEOUT, DEFAULT_INTERVAL);
        }

        /** The folder of the answers. */
        public Path answers() {
            return cache.resolve(ANSWERS);
        }
    }

    private WikidataSearch() {
    }

    /**
     * The linker; thread-safe.
     *
     * @param warnings hears, once, that the API failed and the run goes on offline
     */
    public static PersonLinker linker(Settings settings, Consumer<String> warnings) {
        PoliteHttp http = new PoliteHttp(settings.timeout(), settings.interval());
        return new SearchLinker(new EntitiesApi(settings.api(), http), new AnswerCache(settings.answers()),
                Objects.requireNonNull(warnings, "warnings"));
    }
}
