package org.newsgraph.model;

/** Kinds of punitive measure, with the contract's word and the CAMEO code each maps to. */
public enum MeasureType {
    SANCTIONS("sanctions", "163"),
    TARIFFS("tariffs", "163"),
    EXPORT_CONTROLS("export controls", "163"),
    ASSET_FREEZE("asset freeze", "163"),
    VISA_BAN("visa ban", "172"),
    EMBARGO("embargo", "163"),
    EXPULSION("expulsion", "174"),
    FACILITY_CLOSURE("facility closure", "161");

    private final String word;
    private final String cameo;

    MeasureType(String word, String cameo) {
        this.word = word;
        this.cameo = cameo;
    }

    public String word() {
        return word;
    }

    /** The CAMEO code of imposing this measure; threats and easing have codes of their own (see MeasureStatus). */
    public String cameo() {
        return cameo;
    }

    /** The IRI-safe form of the word: "export-controls". */
    public String slug() {
        return word.replace(' ', '-');
    }
}
