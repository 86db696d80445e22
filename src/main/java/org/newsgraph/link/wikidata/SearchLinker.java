package org.newsgraph.link.wikidata;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.NewsGraphException;
import org.newsgraph.link.NameKeys;
import org.newsgraph.link.Office;
import org.newsgraph.link.OfficeTitles;
import org.newsgraph.link.PersonLinker;
import org.newsgraph.model.LinkMethod;

/**
 * Links a person by Wikidata's search: the humans filed under the whole name the article writes, of whom exactly
 * one must belong to the article's countries (by citizenship or by a position of that country). The countries
 * the article says the person serves count where it says any; else those it names. A name of one word is never
 * searched: too many people share it. After the first network failure the linker stays offline for the run.
 */
final class SearchLinker implements PersonLinker {
    private final EntitiesApi api;
    private final AnswerCache cache;
    private final Consumer<String> warnings;
    private final ConcurrentHashMap<String, List<Candidate>> answers = new ConcurrentHashMap<>();
    private final AtomicBoolean offline = new AtomicBoolean();

    SearchLinker(EntitiesApi api, AnswerCache cache, Consumer<String> warnings) {
        this.api = api;
        this.cache = cache;
        this.warnings = warnings;
    }

    @Override
    public Optional<Link> link(Person person) {
        Set<String> where = person.roles().stream().map(Role::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (where.isEmpty()) {
            where = person.countries();
        }
        Optional<String> name = person.names().stream().filter(n -> NameKeys.key(n).contains(" ")).findFirst();
        if (where.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        Set<String> countries = where;
        List<Candidate> fitting = candidates(name.get()).stream().filter(c -> c.belongsToAnyOf(countries)).toList();
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        Candidate c = fitting.get(0);
        List<Office> titled = c.offices().stream().filter(o -> person.roles().stream()
                .anyMatch(r -> OfficeTitles.fits(r.title(), o.title()))).toList();
        return Optional.of(new Link(c.qid(), c.label().isEmpty() ? name.get() : c.label(), LinkMethod.ONLINE_SEARCH,
                titled));
    }

    /** The humans of the name: remembered, else from the cache folder, else asked (one name at a time). */
    private List<Candidate> candidates(String name) {
        String key = NameKeys.key(name);
        List<Candidate> known = answers.get(key);
        if (known != null) {
            return known;
        }
        String asking = "the answer cache in " + cache.folder();
        try {
            // read even when offline: an answer kept by an earlier run needs no network
            Optional<List<Candidate>> stored = cache.read(key);
            if (stored.isPresent()) {
                answers.put(key, stored.get());
                return stored.get();
            }
            if (offline.get()) {
                return List.of();
            }
            synchronized (this) {
                known = answers.get(key);
                if (known == null && !offline.get()) {
                    asking = "Wikidata's API at " + api.address();
                    known = api.humansNamed(name);
                    asking = "the answer cache in " + cache.folder();
                    cache.write(key, known);
                    answers.put(key, known);
                }
            }
            return known == null ? List.of() : known;
        } catch (IOException | NewsGraphException e) {
            goOffline(asking + " failed (" + PoliteHttp.reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            goOffline(asking + " was interrupted");
        }
        return List.of();
    }

    private void goOffline(String what) {
        if (offline.compareAndSet(false, true)) {
            warnings.accept(what + ": the rest of this run links people offline only");
        }
    }
}
