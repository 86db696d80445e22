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

    /** The edge; "met" is undirected and weighs its meetings, "sanctioned" lists its measures' types. */
    Network.Edge edge(String id) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("interaction", interaction);
        values.put("weight", events.size());
        if (!dates.isEmpty()) {
            values.put("first", dates.first());
            values.put("last", dates.last());
        }
        values.put("articles", graphs.size());
        boolean sanction = !interaction.equals("met");
        if (sanction) {
            putList(values, "measures", categories);
            putList(values, "statuses", statuses);
            putList(values, "dates", dates);
        }
        return new Network.Edge(id, NodeIds.of(source), NodeIds.of(target), interaction, sanction, events.size(),
                values, period);
    }

    /** Puts a non-empty list; an empty one is left out, as "" would read as a list of one empty word. */
    static void putList(Map<String, Object> values, String name, java.util.Collection<String> words) {
        if (!words.isEmpty()) {
            values.put(name, List.copyOf(words));
        }
    }
}
