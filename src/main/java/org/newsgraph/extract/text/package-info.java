/**
 * The words and word lists every finder reads: a sentence's words, lexicons, titles, tense cues, quotation spans.
 * In: a Sentence's tokens and the article text. Out: Word lists, titles with their spans, tenses, quotations.
 */
package org.newsgraph.extract.text;
