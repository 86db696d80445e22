package org.newsgraph.export;

/** A declared node or edge attribute: its name and value type, as GEXF and GraphML want them declared. */
record Attribute(String name, Type type) {
    enum Type {
        STRING, INTEGER, LIST
    }

    static Attribute string(String name) {
        return new Attribute(name, Type.STRING);
    }

    static Attribute integer(String name) {
        return new Attribute(name, Type.INTEGER);
    }

    static Attribute list(String name) {
        return new Attribute(name, Type.LIST);
    }
}
