package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.model.Sanction;

/** Lists of those a measure reached. */
final class MeasureLists {
    MeasureLists(ArticleContext ctx, Narration narration, MeasureFinder.Reading reading) {
    }

    List<Sanction> find() {
        return new ArrayList<>();
    }
}
