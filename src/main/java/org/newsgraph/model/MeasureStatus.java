package org.newsgraph.model;

import java.util.Locale;

/** Where a punitive measure stands. Threatening and lifting are acts of their own in CAMEO (1312, 085). */
public enum MeasureStatus {
    IMPOSED(null), PROPOSED(null), THREATENED("1312"), CONSIDERED(null), LIFTED("085");

    private final String cameoOverride;

    MeasureStatus(String cameoOverride) {
        this.cameoOverride = cameoOverride;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CAMEO code of a measure of this type in this status. */
    public String cameo(MeasureType type) {
        return cameoOverride != null ? cameoOverride : type.cameo();
    }
}
