package org.newsgraph.model;

/** How an entity was linked to its Wikidata item: the provenance a researcher weighs a link by. */
public enum LinkMethod {
    /** A name or alias of the hand-checked knowledge base bundled with newsgraph. */
    BUNDLED("bundled"),
    /** The person's Wikidata label, the only person of the office-holders' knowledge base with it. */
    NAME("name"),
    /** Another Wikidata label or a stated name, the only person with it. */
    ALIAS("alias"),
    /** A name several people share, decided by the article's titles, countries and date. */
    NAME_IN_CONTEXT("name-context"),
    /** The name with middle names dropped, a short given name or other spacing, confirmed by the context. */
    NAME_VARIANT("name-variant"),
    /** The surname alone, confirmed by the country and time of an office the person held. */
    SURNAME_IN_CONTEXT("surname-context"),
    /** Wikidata's search, its candidate checked against the article. */
    ONLINE_SEARCH("online-search");

    private final String code;

    LinkMethod(String code) {
        this.code = code;
    }

    /** The local name of its concept in the vocabulary, after {@code link-}. */
    public String code() {
        return code;
    }
}
