package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.discourse.Referents;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sanction;
import org.newsgraph.model.Token;

/**
 * Punitive measures of one article. Each parsed sentence's measure clauses ({@link MeasureReader}) are read as
 * actors ({@link MeasureSides}, {@link MeasureTargets}); lists of those a measure reached are read by
 * {@link MeasureLists}; a clause that names no imposer (a passive without agent, "the sanctions target X", a list)
 * takes the imposer of the article's lead measure. The tellings of one measure are merged.
 */
public final class MeasureFinder {
    /**
     * Whether a sentence, tagged but not yet parsed, may state a measure: it holds a measure word. Lists of the
     * measure's targets ("The five individuals are:" and the lines after it) are read without a parse.
     */
    public static boolean worthParsing(List<Token> tokens) {
        return tokens.stream().anyMatch(MeasureWords::isTrigger);
    }

    /** The measures of an article, given what its words refer to and its attributed quotations. */
    public List<Sanction> find(ArticleContext ctx, Narration narration, Referents referents, List<Quote> quotes) {
        MeasureDrafts reading = new MeasureDrafts(ctx, narration, new MeasureSides(ctx, narration, referents),
                new MeasureTargets(ctx, narration, referents), quotes);
        List<MeasureDraft> drafts = new ArrayList<>();
        MeasurePartners partners = new MeasurePartners(ctx, narration);
        for (int s = 0; s < ctx.words().size(); s++) {
            Tree t = Tree.of(ctx.sentence(s));
            for (MeasureClause clause : MeasureReader.read(s, t)) {
                reading.read(t, clause).ifPresent(drafts::add);
            }
            if (!drafts.isEmpty()) {
                partners.threatened(s, t, reading.sides(), drafts.get(0).type()).ifPresent(drafts::add);
            }
        }
        drafts.addAll(reading.partnerSteps());
        drafts = new MeasureLists(ctx, narration, reading).expand(drafts);
        List<Sanction> found = new ArrayList<>();
        drafts.stream().map(reading::inherit).forEach(d -> d.sanction().ifPresent(found::add));
        for (Quote q : quotes) {
            QuotedThreats.of(ctx, narration, q).filter(m -> isNew(m, found)).ifPresent(found::add);
        }
        return MeasureMerge.merge(found);
    }

    /** A threat read from a quotation adds nothing when the article tells a measure between the same sides. */
    private static boolean isNew(Sanction threat, List<Sanction> found) {
        return found.stream().noneMatch(m -> m.targets().containsAll(threat.targets()));
    }
}
