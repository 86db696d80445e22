package org.newsgraph.model;

/** Whether a meeting took place, is planned, or was called off. */
public enum MeetingStatus {
    HAPPENED, PLANNED, CANCELLED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
