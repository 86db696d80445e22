package org.newsgraph.link;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.LinkMethod;

/**
 * Links by the office-holders' knowledge base, in three tiers tried in turn: a whole name, then a variant of it
 * (middle names dropped, a short given name, other spacing), then a surname alone. A tier that finds candidates
 * decides; a weaker tier is never tried after a stronger one found an ambiguous name. Context counts as support:
 * an office in a country the article says the person serves, an office whose title the article uses, an office
 * held on the article's day. A surname alone links only a titled person in recent office in a country the
 * article names, and only when nobody else of that surname is.
 */
final class OfficeHolderLinker implements PersonLinker {
    /** A person whose offices all ended this long before the article needs support beyond a unique name. */
    private static final int STALE_YEARS = 12;
    /** A surname alone links only somebody in office within this many years of the article. */
    private static final int RECENT_YEARS = 4;

    private final OfficeHolders kb;

    OfficeHolderLinker(OfficeHolders kb) {
        this.kb = kb;
    }

    @Override
    public Optional<Link> link(Person person) {
        List<String> keys = keys(person);
        Context context = new Context(person);
        Map<OfficeHolder, NameForm> whole = candidates(keys, true);
        if (!whole.isEmpty()) {
            return byWholeName(whole, context);
        }
        Map<OfficeHolder, NameForm> variants = variants(keys);
        if (!variants.isEmpty()) {
            return byVariant(variants, context);
        }
        if (keys.stream().allMatch(k -> !k.contains(" "))) {
            return bySurname(candidates(keys, false), context);
        }
        return Optional.empty();
    }

    /** Whether a tier of {@link #link} finds anybody at all, whatever the context says of them. */
    @Override
    public boolean knows(Person person) {
        List<String> keys = keys(person);
        return !candidates(keys, true).isEmpty() || !variants(keys).isEmpty()
                || keys.stream().allMatch(k -> !k.contains(" ")) && !candidates(keys, false).isEmpty();
    }

    private static List<String> keys(Person person) {
        return person.names().stream().map(NameKeys::key).filter(k -> !k.isEmpty()).distinct()
                .sorted(Comparator.comparingInt((String k) -> k.split(" ").length).reversed()).toList();
    }

    private Optional<Link> byWholeName(Map<OfficeHolder, NameForm> found, Context context) {
        if (found.size() == 1) {
            Map.Entry<OfficeHolder, NameForm> only = found.entrySet().iterator().next();
            OfficeHolder p = only.getKey();
            if (!context.stale(p) || context.score(p) >= Context.TITLE) {
                LinkMethod how = only.getValue() == NameForm.LABEL ? LinkMethod.NAME : LinkMethod.ALIAS;
                return Optional.of(context.link(p, how));
            }
            return Optional.empty();
        }
        return context.best(found.keySet(), Context.TITLE)
                .map(p -> context.link(p, LinkMethod.NAME_IN_CONTEXT));
    }

    private Optional<Link> byVariant(Map<OfficeHolder, NameForm> found, Context context) {
        if (found.size() != 1) {
            return context.best(found.keySet(), Context.TITLE + Context.COUNTRY)
                    .map(p -> context.link(p, LinkMethod.NAME_VARIANT));
        }
        // a variant alone is weak (Korean given names differ in one syllable): the article must say where or what
        OfficeHolder p = found.keySet().iterator().next();
        boolean supported = context.countryFits(p) || context.titleFits(p);
        return supported && !context.stale(p) ? Optional.of(context.link(p, LinkMethod.NAME_VARIANT))
                : Optional.empty();
    }

    private Optional<Link> bySurname(Map<OfficeHolder, NameForm> found, Context context) {
        List<OfficeHolder> fitting = found.keySet().stream().filter(p -> context.recent(p, RECENT_YEARS)
                && (context.countryFits(p) || context.titled() && context.inNamedCountry(p, RECENT_YEARS))).toList();
        return fitting.size() == 1 ? Optional.of(context.link(fitting.get(0), LinkMethod.SURNAME_IN_CONTEXT))
                : Optional.empty();
    }

    /** People filed under the keys as whole names (or, when {@code whole} is false, as surnames). */
    private Map<OfficeHolder, NameForm> candidates(List<String> keys, boolean whole) {
        Map<OfficeHolder, NameForm> out = new LinkedHashMap<>();
        for (String key : keys) {
            if (whole != key.contains(" ")) {
                continue;
            }
            for (OfficeHolders.Named n : kb.named(key)) {
                if (whole ? n.form().isWhole() : n.form() == NameForm.SURNAME) {
                    out.merge(n.person(), n.form(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
        }
        return out;
    }

    /** People whose name the text writes with middle names dropped or added, other spacing, a short given name. */
    private Map<OfficeHolder, NameForm> variants(List<String> keys) {
        Map<OfficeHolder, NameForm> out = new LinkedHashMap<>();
        for (String key : keys) {
            if (!key.contains(" ")) {
                continue;
            }
            String firstAndLast = NameKeys.firstAndLast(key).isEmpty() ? key : NameKeys.firstAndLast(key);
            kb.named(firstAndLast).stream().filter(n -> n.form() != NameForm.SURNAME)
                    .forEach(n -> out.putIfAbsent(n.person(), NameForm.FIRST_AND_LAST));
            kb.named(NameKeys.compact(key)).stream().filter(n -> n.form() == NameForm.COMPACT)
                    .forEach(n -> out.putIfAbsent(n.person(), NameForm.COMPACT));
            kb.named(NameKeys.surname(key)).stream()
                    .filter(n -> n.form() == NameForm.SURNAME && sameGivenName(key, n.person()))
                    .forEach(n -> out.putIfAbsent(n.person(), NameForm.SURNAME));
        }
        return out;
    }

    /** "Chris" for "Christopher", "Tony" not for "Antonio": one given name begins the other, surnames agree. */
    private static boolean sameGivenName(String key, OfficeHolder p) {
        String label = NameKeys.key(p.label());
        String a = NameKeys.given(key);
        String b = NameKeys.given(label);
        boolean prefix = Math.min(a.length(), b.length()) >= 3 && (a.startsWith(b) || b.startsWith(a));
        return prefix && NameKeys.surname(key).equals(NameKeys.surname(label));
    }

    /** The article's evidence about one person, and how each candidate fits it. */
    private static final class Context {
        static final int COUNTRY = 1;
        static final int TITLE = 2;
        static final int DAY = 1;
        private final Person person;
        private final LocalDate day;

        Context(Person person) {
            this.person = person;
            this.day = person.published();
        }

        int score(OfficeHolder p) {
            return (countryFits(p) ? COUNTRY : 0) + (titleFits(p) ? TITLE : 0) + (heldOnDay(p) ? DAY : 0);
        }

        /** The one candidate that fits best, when it fits at least {@code least} and no other fits as well. */
        Optional<OfficeHolder> best(java.util.Collection<OfficeHolder> candidates, int least) {
            List<OfficeHolder> ranked = candidates.stream()
                    .sorted(Comparator.comparingInt(this::score).reversed()).toList();
            int top = score(ranked.get(0));
            boolean alone = ranked.size() == 1 || score(ranked.get(1)) < top;
            return top >= least && alone && !stale(ranked.get(0)) ? Optional.of(ranked.get(0)) : Optional.empty();
        }

        boolean countryFits(OfficeHolder p) {
            return person.roles().stream().anyMatch(r -> r.country() != null
                    && p.offices().stream().anyMatch(o -> r.country().equals(o.countryQid())));
        }

        /** Whether the article gives the person a title: an office-holder, not just anyone of that name. */
        boolean titled() {
            return !person.roles().isEmpty();
        }

        /** Whether the person held an office of a country the article names, within {@code years} of its day. */
        boolean inNamedCountry(OfficeHolder p, int years) {
            return p.offices().stream().anyMatch(o -> o.countryQid() != null
                    && person.countries().contains(o.countryQid())
                    && (day == null || o.heldBetween(day.minusYears(years), day)));
        }

        boolean titleFits(OfficeHolder p) {
            return person.roles().stream().anyMatch(r -> p.offices().stream().anyMatch(o ->
                    (r.country() == null || o.countryQid() == null || r.country().equals(o.countryQid()))
                            && OfficeTitles.fits(r.title(), o.title())));
        }

        boolean heldOnDay(OfficeHolder p) {
            return day != null && p.offices().stream().anyMatch(o -> o.heldOn(day));
        }

        boolean recent(OfficeHolder p, int years) {
            return day == null || p.offices().stream().anyMatch(o -> o.heldBetween(day.minusYears(years), day));
        }

        boolean stale(OfficeHolder p) {
            return day != null && !recent(p, STALE_YEARS);
        }

        Link link(OfficeHolder p, org.newsgraph.model.LinkMethod how) {
            return new Link(p.qid(), p.label(), how, p.offices().stream()
                    .filter(o -> person.roles().stream().anyMatch(r -> OfficeTitles.fits(r.title(), o.title())))
                    .toList());
        }
    }
}
