package org.newsgraph.model;

/** How a meeting took place; the word is the one the query contract uses; the code is CAMEO's. */
public enum MeetingKind {
    IN_PERSON("in-person", "040"), CALL("call", "041"), SUMMIT("summit", "040"), VISIT("visit", "042");

    private final String word;
    private final String cameo;

    MeetingKind(String word, String cameo) {
        this.word = word;
        this.cameo = cameo;
    }

    public String word() {
        return word;
    }

    public String cameo() {
        return cameo;
    }
}
