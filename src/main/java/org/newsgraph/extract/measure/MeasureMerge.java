package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Sanction;

/** One measure per act: tellings with the same sides, type, status and date share their evidence. */
final class MeasureMerge {
    private MeasureMerge() {
    }

    static List<Sanction> merge(List<Sanction> found) {
        Map<String, Sanction> merged = new LinkedHashMap<>();
        for (Sanction s : withoutToldPairs(found)) {
            String key = keys(s.imposers()) + ">" + keys(s.targets()) + "|" + s.measure() + "|" + s.status() + "|"
                    + s.date();
            Sanction before = merged.get(key);
            if (before == null) {
                merged.put(key, s);
                continue;
            }
            List<Evidence> evidence = new ArrayList<>(before.evidence());
            s.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            List<Entity> announcers = new ArrayList<>(before.announcers());
            s.announcers().stream().filter(a -> !announcers.contains(a)).forEach(announcers::add);
            merged.put(key, new Sanction(before.imposers(), before.targets(), announcers, before.measure(),
                    before.status(), before.date(), evidence));
        }
        List<Sanction> out = new ArrayList<>();
        for (Sanction s : merged.values()) {
            boolean dated = s.date() == null && merged.values().stream().anyMatch(o -> o.date() != null
                    && sameAct(o, s));
            if (dated) {
                continue;
            }
            Optional<Sanction> lede = s.date() == null && onlyInHeadline(s) ? merged.values().stream()
                    .filter(o -> o.date() != null && sameStep(o, s)).findFirst() : Optional.empty();
            if (lede.isPresent()) {
                out.addAll(datedByLede(s, lede.get(), merged.values()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * "X vows tariffs on A, B and C" over a lede that dates the threat to A: a headline tells the news of the day
     * its lede dates, so each target no dated telling names takes the lede's day.
     */
    private static List<Sanction> datedByLede(Sanction headline, Sanction lede, Collection<Sanction> all) {
        List<Sanction> out = new ArrayList<>();
        for (Entity target : headline.targets()) {
            boolean told = all.stream().anyMatch(o -> o.date() != null && sameStep(o, headline)
                    && o.targets().stream().anyMatch(e -> e.identity().equals(target.identity())));
            if (!told) {
                out.add(new Sanction(headline.imposers(), List.of(target), headline.announcers(), headline.measure(),
                        headline.status(), lede.date(), headline.evidence()));
            }
        }
        return out;
    }

    private static boolean onlyInHeadline(Sanction s) {
        return s.evidence().stream().allMatch(e -> e.sentenceIndex() == 0);
    }

    /** The same imposers taking the same kind of step, whoever it reaches. */
    private static boolean sameStep(Sanction a, Sanction b) {
        return keys(a.imposers()).equals(keys(b.imposers())) && a.measure() == b.measure()
                && a.status() == b.status();
    }

    /**
     * "The United States has imposed sanctions on X ... the United States and the EU should lift their sanctions on
     * X": a joint telling adds only the imposers not told with the same targets before.
     */
    private static List<Sanction> withoutToldPairs(List<Sanction> found) {
        List<Sanction> out = new ArrayList<>();
        for (Sanction s : found) {
            List<Entity> fresh = s.imposers().stream().filter(i -> out.stream().noneMatch(o -> o.imposers().size() == 1
                    && o.imposers().get(0).identity().equals(i.identity()) && sameSides(o, s))).toList();
            if (fresh.size() == s.imposers().size() || fresh.isEmpty()) {
                out.add(s);
            } else {
                out.add(new Sanction(fresh, s.targets(), s.announcers(), s.measure(), s.status(), s.date(),
                        s.evidence()));
            }
        }
        return out;
    }

    private static boolean sameSides(Sanction a, Sanction b) {
        return keys(a.targets()).equals(keys(b.targets())) && a.measure() == b.measure() && a.status() == b.status();
    }

    /** An undated telling (a headline) of an act the article dates elsewhere adds nothing of its own. */
    private static boolean sameAct(Sanction a, Sanction b) {
        return keys(a.imposers()).equals(keys(b.imposers())) && keys(a.targets()).equals(keys(b.targets()))
                && a.measure() == b.measure() && a.status() == b.status();
    }

    private static String keys(List<Entity> entities) {
        return entities.stream().map(Entity::identity).sorted().toList().toString();
    }
}
