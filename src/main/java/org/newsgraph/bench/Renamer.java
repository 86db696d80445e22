package org.newsgraph.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.EntityType;

/**
 * Swaps the people and countries the samples name for others the knowledge base knows, the same swap for every
 * mention inside one article: full names, surnames, country names and demonyms.
 */
final class Renamer {
    /** A name form in the samples: whose it is, and which of its forms (full name, surname, demonym n). */
    private record Form(KbEntry entry, int kind) {
    }

    private static final int FULL = -2;
    private static final int SURNAME = -1;

    private final Map<String, Form> forms;
    private final Pattern pattern;
    private final List<KbEntry> people;
    private final List<KbEntry> countries;

    Renamer(KnowledgeBase kb, String sampleText) {
        people = kb.entries().stream().filter(e -> e.type() == EntityType.PERSON && e.qid() != null
                && e.name().contains(" ")).toList();
        countries = kb.entries().stream().filter(e -> e.type() == EntityType.COUNTRY && e.qid() != null
                && !e.demonyms().isEmpty()).toList();
        forms = formsIn(sampleText);
        pattern = Pattern.compile(forms.keySet().stream().sorted(Comparator.comparing(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
    }

    /** The text with each known person and country replaced by one drawn for this article. */
    String rename(String text, SplittableRandom random) {
        if (forms.isEmpty()) {
            return text;
        }
        Map<KbEntry, KbEntry> swaps = new HashMap<>();
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            Form form = forms.get(m.group());
            KbEntry target = swaps.computeIfAbsent(form.entry(), e -> draw(e, random));
            m.appendReplacement(out, Matcher.quoteReplacement(formOf(target, form.kind())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private KbEntry draw(KbEntry source, SplittableRandom random) {
        List<KbEntry> pool = source.type() == EntityType.PERSON ? people : countries;
        return pool.get(random.nextInt(pool.size()));
    }

    private static String formOf(KbEntry e, int kind) {
        return switch (kind) {
            case FULL -> e.name();
            case SURNAME -> e.name().substring(e.name().lastIndexOf(' ') + 1);
            default -> e.demonyms().get(Math.min(kind, e.demonyms().size() - 1));
        };
    }

    /** Only forms the samples contain, and surnames only of people the samples name in full. */
    private Map<String, Form> formsIn(String text) {
        Map<String, Form> out = new LinkedHashMap<>();
        for (KbEntry p : people) {
            if (occurs(text, p.name()) && !p.ambiguous().contains(p.name())) {
                out.put(p.name(), new Form(p, FULL));
                out.putIfAbsent(formOf(p, SURNAME), new Form(p, SURNAME));
            }
        }
        for (KbEntry c : countries) {
            for (int i = -1; i < c.demonyms().size(); i++) {
                String name = i < 0 ? c.name() : c.demonyms().get(i);
                if (occurs(text, name) && !c.ambiguous().contains(name)) {
                    out.putIfAbsent(name, new Form(c, i < 0 ? FULL : i));
                }
            }
        }
        return out;
    }

    private static boolean occurs(String text, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text)
                .find();
    }
}
