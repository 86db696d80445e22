package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleBlocks;

/** What became of one item of the input, from reading to analysis. Small and serializable, to cross executors. */
sealed interface Outcome extends Serializable {
    /** An article read and waiting for analysis, with what reading it warned about. */
    record Read(Article article, List<String> warnings) implements Outcome {
        private static final long serialVersionUID = 1L;
    }

    /**
     * An article analysed.
     *
     * @param block    its N-Quads block but for the names in {@code names}
     * @param names    its single-valued entity names, kept or dropped once every article's are known
     * @param quads    how many quads the block and names hold
     * @param warnings how many warnings reading it gave
     */
    record Analysed(String articleId, String block, List<ArticleBlocks.OneName> names, long quads, int warnings)
            implements Outcome {
        private static final long serialVersionUID = 1L;
    }

    record Failed(String origin, String stage, String reason) implements Outcome {
        private static final long serialVersionUID = 1L;
    }

    record Skipped(String origin, String kind) implements Outcome {
        private static final long serialVersionUID = 1L;
    }

    /** An executor loaded the models (and knowledge base) in this many seconds before its first article. */
    record Loaded(double seconds) implements Outcome {
        private static final long serialVersionUID = 1L;
    }
}
