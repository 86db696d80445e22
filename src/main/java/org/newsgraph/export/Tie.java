package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** One edge of the actor network in the making: the events that join two actors, merged. */
final class Tie {
    private final String source;
    private final String target;
    private final String interaction;
    private final SortedSet<String> events = new TreeSet<>();
    private final SortedSet<String> graphs = new TreeSet<>();
    private final SortedSet<String> categories = new TreeSet<>();
    private final SortedSet<String> statuses = new TreeSet<>();
    private final SortedSet<String> dates = new TreeSet<>();
    private Period period;

    Tie(String source, String target, String interaction) {
        this.source = source;
        this.target = target;
        this.interaction = interaction;
    }

    /** The IRIs of the two actors it joins. */
    List<String> ends() {
        return List.of(source, target);
    }

    void add(Facts.Event e) {
        events.add(e.iri());
        graphs.addAll(e.graphs());
        categories.addAll(e.categories());
        statuses.addAll(e.statuses());
        if (e.date() != null) {
            dates.add(e.date());
        }
        Period p = e.period();
        if (p != null) {
            period = period == null ? p : period.span(p);
        }
    }

    /** Whether the tie is symmetric ("met"), so it is written as two edges, one each way. */
    boolean symmetric() {
        return interaction.equals("met");
    }

    /**
     * The edge from source to target, or with {@code reversed} the one back; "met" weighs its meetings,
     * "sanctioned" lists its measures' types.
     */
    Network.Edge edge(String id, boolean reversed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("interaction", interaction);
        values.put("weight", events.size());
        if (!dates.isEmpty()) {
            values.put("first", dates.first());
            values.put("last", dates.last());
        }
        values.put("articles", graphs.size());
        if (!symmetric()) {
            putList(values, "measures", categories);
            putList(values, "statuses", statuses);
            putList(values, "dates", dates);
        }
        String from = NodeIds.of(reversed ? target : source);
        String to = NodeIds.of(reversed ? source : target);
        return new Network.Edge(id, from, to, interaction, symmetric(), events.size(), values, period);
    }

    /** Puts a non-empty list; an empty one is left out, as "" would read as a list of one empty word. */
    static void putList(Map<String, Object> values, String name, java.util.Collection<String> words) {
        if (!words.isEmpty()) {
            values.put(name, List.copyOf(words));
        }
    }
}
