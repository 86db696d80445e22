/**
 * Date expressions in a sentence: those the words name, and those read from the publication date or an anchor.
 * In: a Sentence, the publication date and the anchor date. Out: DateMention spans with the dates they name.
 */
package org.newsgraph.extract.date;
