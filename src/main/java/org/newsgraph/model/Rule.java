package org.newsgraph.model;

/**
 * The rules that produce facts, each with the confidence its facts carry. This is the documented table the
 * confidences come from: a rule earns a higher figure the less it guesses. The figures were set from the
 * precision each rule showed on the annotated articles under {@code src/test/resources/eval}.
 */
public enum Rule {
    // Mentions of entities
    KB_NAME(0.97, "full knowledge-base name or official alias"),
    KB_SHORT_NAME(0.9, "surname or short form of a knowledge-base person the article names in full"),
    KB_DEMONYM(0.85, "demonym or adjective of a country (Russian, Saudi)"),
    KB_METONYM(0.8, "capital or seat of government standing for a state (Moscow, the Kremlin)"),
    TITLED_NAME(0.9, "capitalized name after a title (Foreign Minister X, Sen. X)"),
    APPOSITION(0.85, "name followed by a comma and a role (X, the treasury's chief economist)"),
    SPEECH_VERB(0.75, "capitalized name as the subject of a speech verb (..., X said)"),
    ORG_KEYWORD(0.75, "capitalized phrase ending in an organization keyword (Ministry, Agency, Fund)"),
    CREDIT(0.8, "name before a slash in a photo credit (Name/Agency): a photographer"),
    BYLINE(0.8, "name alone on a line or after By: the reporter"),
    COREFERENCE(0.85, "short or titled form resolved to a full name in the same article"),
    // Mentions from the statistical tagger (extract.mention)
    NER_PERSON(0.8, "name of two or more words the NER tags PERSON, with no other cue (Sok Chan Dara)"),
    NER_ORG(0.75, "NER name the sentence calls an organization (X, a cargo airline; the entity X; X-based)"),
    // Positions
    POSITION_PREMODIFIER(0.95, "title directly before the name (Turkish Foreign Minister Hakan Fidan)"),
    POSITION_APPOSITION(0.85, "title in an apposition after the name (X, the CEO of Y)"),
    POSITION_LISTED(0.8, "a plural title before a list of names holds for each (the foreign ministers, A and B)"),
    POSITION_APPOINTED(0.8, "a person appointed, elected or sworn in as a title (X was sworn in as prime minister)"),
    POSITION_KB(0.7, "title resolved through a role noun (the president) to the knowledge base"),
    POSITION_COUNTERPART(0.75, "counterpart of a titled person holds the same office (his Chinese counterpart, X)"),
    // Meetings
    MEETING_VERB(0.9, "meeting verb with its participants (met, held talks with, spoke by phone with)"),
    MEETING_RECEPTION(0.85, "reception verb (received, welcomed, hosted)"),
    MEETING_NOMINAL(0.75, "meeting noun with its date or place (the Geneva talks on June 16)"),
    MEETING_DELEGATION(0.8, "participants added from a delegation or joined sentence"),
    MEETING_PLANNED(0.7, "future or intended meeting (will meet, plans to visit)"),
    MEETING_SUMMIT(0.8, "summit or meeting convened by a named leader"),
    // Punitive measures
    MEASURE_VERB(0.9, "measure verb with imposer and target (imposed sanctions on, expelled diplomats)"),
    MEASURE_NOMINAL(0.75, "measure noun with a target but a weaker imposer (sanctions on Russia)"),
    MEASURE_MODAL(0.7, "measure under a modal or a proposal (would impose, is considering)"),
    MEASURE_QUOTED(0.6, "measure a leader names in a quotation as the way to deal with a target (a threat)"),
    // Discourse
    PUBLISHER_STATE(0.8, "the state whose government publishes the article, read from its address or source"),
    // Quotes
    QUOTE_ATTRIBUTED(0.9, "quotation with a speech verb and a named speaker in the same sentence"),
    QUOTE_PRONOUN(0.7, "quotation whose speaker is a pronoun resolved to the last named speaker");

    private final double confidence;
    private final String description;

    Rule(double confidence, String description) {
        this.confidence = confidence;
        this.description = description;
    }

    public double confidence() {
        return confidence;
    }

    public String description() {
        return description;
    }
}
