package org.newsgraph.extract.mention;

import org.newsgraph.link.KbEntry;
import org.newsgraph.link.NameKind;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Rule;

/**
 * A stretch of words that names something, before coreference.
 *
 * @param sentence  index of the sentence
 * @param from      index of its first word in the sentence's words
 * @param to        index after its last word
 * @param start     UTF-16 offset into the article text
 * @param end       UTF-16 offset, exclusive
 * @param text      the words as written
 * @param type      what it names
 * @param entry     the knowledge-base entry it was matched to, or null
 * @param kind      how a knowledge-base name denotes the entry (a name, demonym or metonym); NAME otherwise
 * @param rule      the rule that found it
 */
public record Mention(int sentence, int from, int to, int start, int end, String text, EntityType type, KbEntry entry,
               NameKind kind, Rule rule) {
    public boolean isSingleWord() {
        return to - from == 1;
    }

    boolean overlaps(int otherFrom, int otherTo) {
        return from < otherTo && otherFrom < to;
    }

    Mention withEntry(KbEntry e, Rule r) {
        return new Mention(sentence, from, to, start, end, text, type, e, kind, r);
    }
}
