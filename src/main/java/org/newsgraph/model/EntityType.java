package org.newsgraph.model;

/** What kind of thing an entity is; the code is the three-letter IRI prefix of unlinked entities. */
public enum EntityType {
    PERSON("per"), COUNTRY("cty"), ORGANIZATION("ogn"), PLACE("plc");

    private final String code;

    EntityType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Countries and organizations act as states and bodies do: they impose measures and send delegations. */
    public boolean isCollectiveActor() {
        return this == COUNTRY || this == ORGANIZATION;
    }
}
