package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Sentence;

/** A sentence's tokens as words. */
final class Words {
    private Words() {
    }

    static List<Word> of(Sentence sentence) {
        return sentence.tokens().stream().map(Word::of).toList();
    }
}
