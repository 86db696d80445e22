package org.newsgraph.store;

import java.util.List;

/**
 * One way the store breaks a rule, in prefixed form ({@code id:evd-...}, {@code nif:beginIndex}).
 *
 * @param focusNode  the node that breaks it
 * @param path       the property concerned, or "" when the rule is about the node itself
 * @param message    what the rule requires
 * @param value      the offending value, or "" when a value is missing
 * @param graphs     the named graphs that state the focus node's offending part, where they can be found
 * @param constraint the SHACL constraint component or our own check that reported it
 */
public record Violation(String focusNode, String path, String message, String value, List<String> graphs,
                        String constraint) {
    public Violation {
        graphs = List.copyOf(graphs);
    }
}
