package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.link.NameKind;
import java.util.Set;

/**
 * The sides of a measure that its own clause leaves unsaid: the subject a coordinated verb shares with the verb
 * before it ("X expelled A's envoy, giving him a day to leave, and ordered the closure of ..."), and the states a
 * reprisal is aimed at when the closed posts or sent-home staff are only "theirs" ("retaliating against A and B").
 */
final class MeasureClauses {
    private static final Set<String> AIMS = Set.of("against", "on", "upon");
    private static final Set<String> REPRISALS = Set.of("retaliating", "retaliation", "reprisal", "response",
            "responding", "reply", "answer", "punishing", "punish", "retaliate", "retaliated");

    private final ArticleContext ctx;
    private final Actors actors;

    MeasureClauses(ArticleContext ctx, Actors actors) {
        this.ctx = ctx;
        this.actors = actors;
    }

    /** Whether the measure's verb follows "and" after the subject found for it, or none was found. */
    boolean joinedAfter(int s, List<Resolved> subject, int i) {
        int from = subject.stream().mapToInt(r -> r.mention().to()).max().orElse(0);
        int and = coordination(s, i);
        return and >= 0 && and > from || subject.isEmpty();
    }

    /** The subject of the sentence's first verb when the measure's verb joins it after "and": the shared subject. */
    List<Resolved> sharedSubject(int s, int i) {
        List<Word> words = ctx.words.get(s);
        int and = coordination(s, i);
        for (int v = 1; v < and; v++) {
            boolean afterName = ctx.at(s, v - 1).isPresent() && ctx.at(s, v).isEmpty();
            if (isVerb(words.get(v)) && afterName) {
                return actors.before(s, v);
            }
        }
        return List.of();
    }

    /**
     * "on seven Russian businessmen, among them X": the people named stand for the group a demonym only
     * describes; a named group ("Russia's banks, including Y") keeps its state beside them.
     */
    List<Resolved> namedMembers(int s, List<Resolved> group) {
        List<Word> words = ctx.words.get(s);
        int end = group.get(group.size() - 1).mention().to();
        for (int k = end; k + 1 < Math.min(words.size(), end + 12); k++) {
            boolean among = words.get(k).is("among") && words.get(k + 1).is("them");
            if (!among && !words.get(k).is("including")) {
                continue;
            }
            List<Resolved> members = actors.after(s, among ? k + 2 : k + 1, Set.of());
            if (members.isEmpty()) {
                return group;
            }
            boolean described = group.size() == 1 && group.get(0).mention().kind() == NameKind.DEMONYM;
            List<Resolved> out = new ArrayList<>(described ? List.of() : group);
            out.addAll(members);
            return out;
        }
        return group;
    }

    /** The "and" before a verb nearest before word {@code i}, or -1. */
    private int coordination(int s, int i) {
        List<Word> words = ctx.words.get(s);
        for (int k = i - 1; k > 0; k--) {
            if (words.get(k).is("and") && isVerb(words.get(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** "retaliating against A, B and C" in the measure's sentence or the one before it in its paragraph. */
    List<Resolved> reprisalTargets(int s, Narration narration) {
        List<Resolved> here = aimedAt(s);
        if (!here.isEmpty() || s == 0 || !narration.sameParagraph(s - 1, s)) {
            return here;
        }
        return aimedAt(s - 1);
    }

    private List<Resolved> aimedAt(int s) {
        List<Word> words = ctx.words.get(s);
        for (int k = 1; k + 1 < words.size(); k++) {
            if (AIMS.contains(Lexicon.lower(words.get(k).text()))
                    && REPRISALS.contains(Lexicon.lower(words.get(k - 1).text()))) {
                List<Resolved> group = actors.after(s, k + 1, Set.of());
                if (group.stream().allMatch(r -> r.entity().type().isCollectiveActor())) {
                    return group;
                }
            }
        }
        return List.of();
    }

    private static boolean isVerb(Word w) {
        return w.pos().startsWith("VERB");
    }
}
