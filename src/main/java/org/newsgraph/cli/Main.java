package org.newsgraph.cli;

/** Entry point of the jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
