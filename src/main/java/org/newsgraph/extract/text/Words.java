package org.newsgraph.extract.text;

import java.util.List;
import org.newsgraph.model.Sentence;

/** A sentence's tokens as words. */
public final class Words {
    private Words() {
    }

    public static List<Word> of(Sentence sentence) {
        return sentence.tokens().stream().map(Word::of).toList();
    }
}
