package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Meeting;

/** Meetings of one article (being written: finds none yet). */
final class MeetingFinder {
    List<Meeting> find(ArticleContext ctx) {
        return List.of();
    }
}
