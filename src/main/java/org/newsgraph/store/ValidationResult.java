package org.newsgraph.store;

import java.util.List;

/** The outcome of validating a store: every violation found, none when it conforms. */
public record ValidationResult(List<Violation> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    /** A report for people: each violation with its node, path, message, value and graph, then a summary line. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (Violation v : violations) {
            s.append("violation ").append(++n).append(": ").append(v.focusNode()).append('\n');
            line(s, "path", v.path());
            line(s, "message", v.message());
            line(s, "value", v.value());
            line(s, "graph", String.join(", ", v.graphs()));
            line(s, "check", v.constraint());
        }
        long nodes = violations.stream().map(Violation::focusNode).distinct().count();
        s.append(conforms() ? "the store conforms to the shapes\n"
                : violations.size() + " violation(s) on " + nodes + " node(s): the store does not conform\n");
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        if (!value.isEmpty()) {
            s.append("  ").append(String.format("%-8s", label)).append(' ').append(value).append('\n');
        }
    }
}
