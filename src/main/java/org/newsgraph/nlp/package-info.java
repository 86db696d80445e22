/**
 * OpenNLP models behind one Annotator; every span keeps its offsets into the original text.
 * In: an Article. Out: a Document of sentences with tokens, UD POS tags and lemmas.
 */
package org.newsgraph.nlp;
