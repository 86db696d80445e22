package org.newsgraph.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The dependency tree of one sentence, read by word index (the index of the token in the sentence, as the fact
 * finders' words are). Labels are NLP4J's, in the Stanford style: {@code nsubj}, {@code nsubjpass}, {@code dobj},
 * {@code prep} with its {@code pobj}, {@code agent}, {@code appos}, {@code compound}, {@code poss}, {@code conj},
 * {@code aux}, {@code neg}; NLP4J labels adjectives {@code nmod} and the possessive ending {@code case}. A sentence the
 * parser did not read has no arcs: every question then answers "none".
 */
public final class Tree {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubjpass", "csubj");
    /** Arcs through which a clause takes its subject from above: coordination, complements, their prepositions. */
    private static final Set<String> CONTROL = Set.of("conj", "xcomp", "pcomp", "prep", "dobj", "pobj",
            "acomp", "dep");
    private final List<Token> tokens;
    private final List<List<Integer>> children;

    private Tree(List<Token> tokens) {
        this.tokens = tokens;
        this.children = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>(2));
        }
        for (int i = 0; i < tokens.size(); i++) {
            int h = tokens.get(i).head();
            if (h >= 0 && h < tokens.size()) {
                children.get(h).add(i);
            }
        }
    }

    public static Tree of(Sentence sentence) {
        return new Tree(sentence.tokens());
    }

    public boolean isParsed() {
        return !tokens.isEmpty() && tokens.get(0).isParsed();
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The index of the word's head, -1 for the root (and for every word of an unparsed sentence). */
    public int head(int i) {
        return tokens.get(i).head();
    }

    public String relation(int i) {
        return tokens.get(i).relation();
    }

    public boolean is(int i, String relation) {
        return relation.equals(tokens.get(i).relation());
    }

    /** The word's lemma, lowercase. */
    public String lemma(int i) {
        return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The root of the sentence, or -1 when it is not parsed. */
    public int root() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).relation().equals("root")) {
                return i;
            }
        }
        return -1;
    }

    /** The word's dependents in text order. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The word's dependents with one of the labels, in text order. */
    public List<Integer> children(int i, Set<String> relations) {
        return children.get(i).stream().filter(c -> relations.contains(relation(c))).toList();
    }

    /** The first dependent with the label. */
    public Optional<Integer> child(int i, String relation) {
        return children.get(i).stream().filter(c -> is(c, relation)).findFirst();
    }

    /** The subject of a verb: {@code nsubj}, {@code nsubjpass} or {@code csubj}. */
    public Optional<Integer> subject(int verb) {
        return children.get(verb).stream().filter(c -> SUBJECTS.contains(relation(c))).findFirst();
    }

    /**
     * The objects of the word's prepositions among {@code prepositions} ("with", "on", "between"), through the
     * {@code prep} arc to its {@code pobj}; for "by" also through the passive's {@code agent}.
     */
    public List<Integer> prepositionObjects(int i, Set<String> prepositions) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            boolean prep = is(c, "prep") || is(c, "agent") || is(c, "dative");
            if (prep && prepositions.contains(lemma(c))) {
                child(c, "pobj").ifPresent(out::add);
            }
        }
        return out;
    }

    /** The word and the words joined to it by {@code conj}, recursively ("A, B and C"), in text order. */
    public List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        addConjuncts(i, out);
        out.sort(null);
        return out;
    }

    private void addConjuncts(int i, List<Integer> out) {
        out.add(i);
        for (int c : children.get(i)) {
            if (is(c, "conj")) {
                addConjuncts(c, out);
            }
        }
    }

    /** The first word of the word's subtree. */
    public int subtreeStart(int i) {
        int min = i;
        for (int c : children.get(i)) {
            min = Math.min(min, subtreeStart(c));
        }
        return min;
    }

    /** The index after the last word of the word's subtree. */
    public int subtreeEnd(int i) {
        int max = i + 1;
        for (int c : children.get(i)) {
            max = Math.max(max, subtreeEnd(c));
        }
        return max;
    }

    /** Whether {@code ancestor} is {@code i} or lies on the path from {@code i} to the root. */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= tokens.size(); k = head(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The path from the word's head up to the root, nearest first. */
    public List<Integer> ancestors(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = head(i); k >= 0 && out.size() <= tokens.size(); k = head(k)) {
            out.add(k);
        }
        return out;
    }

    /** Whether the verb is passive: it has a passive subject or a passive auxiliary. */
    public boolean isPassive(int verb) {
        return child(verb, "nsubjpass").isPresent() || child(verb, "auxpass").isPresent();
    }

    /** Whether the word is negated ("did not meet", "no sanctions"). */
    public boolean isNegated(int i) {
        return child(i, "neg").isPresent()
                || children.get(i).stream().anyMatch(c -> is(c, "det") && lemma(c).equals("no"));
    }

    /** The lemmas of the verb's auxiliaries ("will", "would", "have", "be"), in text order. */
    public List<String> auxiliaries(int verb) {
        return children.get(verb).stream().filter(c -> is(c, "aux") || is(c, "auxpass")).map(this::lemma).toList();
    }

    /**
     * The subject nearest the verb: a dateline read as a second subject ("PARIS, May 2 - Today the minister met")
     * stands farther away than the clause's own.
     */
    public Optional<Integer> nearestSubject(int verb) {
        return children.get(verb).stream().filter(c -> SUBJECTS.contains(relation(c)))
                .min(java.util.Comparator.comparingInt(c -> Math.abs(c - verb)));
    }

    /**
     * Who does what the verb says when its clause names no subject of its own: the subject of the verb it is
     * coordinated with ("visited Kyiv and urged"), of the verb it complements ("agreed to meet", "looked forward
     * to seeing", "expressed interest in meeting"), or the noun a relative or participial clause modifies ("the
     * minister, who met", "the ministers meeting in Rome"). Empty when the tree says nobody.
     */
    public Optional<Integer> clauseSubject(int verb) {
        int k = verb;
        for (int steps = 0; k >= 0 && steps < 8; steps++) {
            Optional<Integer> own = nearestSubject(k);
            if (own.isPresent()) {
                boolean relative = Set.of("who", "which", "that").contains(lemma(own.get()));
                return relative && is(k, "relcl") ? Optional.of(head(k)) : own;
            }
            if (is(k, "relcl") || is(k, "acl")) {
                return head(k) >= 0 ? Optional.of(head(k)) : Optional.empty();
            }
            if (!CONTROL.contains(relation(k))) {
                return Optional.empty();
            }
            k = head(k);
        }
        return Optional.empty();
    }
}
