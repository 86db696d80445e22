package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.link.Office;
import org.newsgraph.link.OfficeTitles;
import org.newsgraph.link.PersonLinker;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Position;

/**
 * The people of one article that the bundled knowledge base left unlinked, linked by a {@link PersonLinker} with
 * what the article says of them: their titles and the countries those serve, the countries named, its day. Two
 * entities linked to one person become one.
 */
public final class PeopleLinks {
    /** Keyed by {@link Entity#identity()}: the mentions of one unlinked name may carry equal, distinct objects. */
    private final Map<String, Entity> linked = new HashMap<>();
    private final Map<String, List<Office>> offices = new HashMap<>();

    private PeopleLinks() {
    }

    public static PeopleLinks find(ArticleContext ctx, List<Position> holdings, PersonLinker linker) {
        PeopleLinks out = new PeopleLinks();
        Set<String> countries = ctx.entities().stream().filter(e -> e.type() == EntityType.COUNTRY && e.isLinked())
                .map(Entity::wikidata).collect(Collectors.toSet());
        Set<String> taken = ctx.entities().stream().filter(Entity::isLinked).map(Entity::wikidata)
                .collect(Collectors.toSet());
        Map<String, List<Entity>> byQid = new LinkedHashMap<>();
        Map<String, PersonLinker.Link> links = new LinkedHashMap<>();
        for (Entity e : ctx.entities()) {
            if (e.type() != EntityType.PERSON || e.isLinked()) {
                continue;
            }
            Optional<PersonLinker.Link> link = linker.link(new PersonLinker.Person(names(e), roles(e, holdings),
                    countries, ctx.document().article().published()));
            link.filter(l -> !taken.contains(l.qid())).ifPresent(l -> {
                byQid.computeIfAbsent(l.qid(), q -> new ArrayList<>()).add(e);
                links.putIfAbsent(l.qid(), l);
            });
        }
        byQid.forEach((qid, entities) -> out.merge(links.get(qid), entities));
        return out;
    }

    public boolean isEmpty() {
        return linked.isEmpty();
    }

    /** The entity an entity of the article became, or itself. */
    public Entity of(Entity e) {
        return linked.getOrDefault(e.identity(), e);
    }

    /** The holdings with their holders linked, each as the position item its holder's offices name. */
    public List<Position> relink(List<Position> holdings) {
        List<Position> out = new ArrayList<>(holdings.size());
        for (Position p : holdings) {
            List<Office> held = offices.get(p.holder().identity());
            out.add(held == null ? p : p.relinked(of(p.holder()), item(p, held)));
        }
        return out;
    }

    private void merge(PersonLinker.Link link, List<Entity> entities) {
        Set<String> aliases = new LinkedHashSet<>();
        List<Evidence> mentions = new ArrayList<>();
        for (Entity e : entities) {
            aliases.add(e.name());
            aliases.addAll(e.aliases());
            mentions.addAll(e.mentions());
        }
        aliases.remove(link.label());
        Entity merged = new Entity(EntityType.PERSON, link.label(), link.qid(), aliases, mentions, link.method());
        for (Entity e : entities) {
            linked.put(e.identity(), merged);
            offices.put(e.identity(), link.offices());
        }
    }

    /** The one position item among the person's offices that the title fits in the country the article says. */
    private static String item(Position p, List<Office> held) {
        String country = p.country() == null ? null : p.country().wikidata();
        List<String> items = held.stream().filter(o -> o.positionQid() != null)
                .filter(o -> country == null || o.countryQid() == null || country.equals(o.countryQid()))
                .filter(o -> OfficeTitles.fits(p.title(), o.title()))
                .map(Office::positionQid).distinct().toList();
        return items.size() == 1 ? items.get(0) : null;
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }

    private static List<PersonLinker.Role> roles(Entity e, List<Position> holdings) {
        return holdings.stream().filter(p -> p.holder().identity().equals(e.identity()))
                .map(p -> new PersonLinker.Role(p.title(), p.country() == null ? null : p.country().wikidata()))
                .toList();
    }
}
