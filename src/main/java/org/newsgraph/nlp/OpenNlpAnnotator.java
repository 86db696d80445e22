package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * OpenNLP sentence detector and tokenizer, tokens split into words by {@link TokenSplitter}; the words stay
 * untagged (part of speech "X", lowercased as lemma) until NLP4J tags them. Lines are split first: news text puts
 * headlines, captions and paragraphs on lines of their own, often without a final full stop, and the sentence
 * model would otherwise run a headline into the next paragraph.
 */
final class OpenNlpAnnotator implements Annotator {
    /**
     * A wire dateline ("NAIROBI, Kenya (AP) — ", "BRUSSELS (Reuters) - ") is a sentence of its own: run into the
     * first sentence it would look like that sentence's subject.
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{Lu} .'-]{1,40}(?:, [\\p{L} .]{2,30})?(?: \\([^)]{1,40}\\))?) ?[-\u2013\u2014]+ ");
    private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("(\\p{Lu}\\.){2,}");
    /** Words that follow a state's initialism inside a sentence: titles, offices, forces. */
    private static final java.util.Set<String> TITLES_AFTER_INITIALISM = java.util.Set.of("President", "Vice",
            "Secretary", "Ambassador", "Envoy", "Special", "Deputy", "Senator", "Sen.", "Rep.", "Representative",
            "Trade", "Treasury", "State", "Defense", "Defence", "Foreign", "Prime", "Minister", "Chancellor",
            "Attorney", "Department", "Embassy", "Consulate", "Mission", "Army", "Navy", "Air", "Forces", "Military",
            "Government", "Administration", "Congress", "Parliament", "Commerce", "Homeland", "Central",
            "National", "Federal", "Supreme", "General", "Admiral", "Commander", "Chief", "Director", "Officials",
            "Justice", "Energy", "Agriculture", "Council", "Commission", "Coast");
    private static final java.util.Set<String> TITLE_ABBREVIATIONS = java.util.Set.of(
            "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.", "Sgt.", "Cmdr.", "Dr.", "Mr.",
            "Mrs.", "Ms.", "Prof.", "St.", "Rev.", "Hon.", "Pres.", "Amb.", "Sec.", "Atty.", "Supt.", "Jan.", "Feb.",
            "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Nos.", "vs.", "Ft.", "Mt.");
    /**
     * The tokenizer and the sentence detector build their features from substrings of the whole run of
     * non-space characters around each position, which is quadratic in the run's length (a 160,000-character run
     * took minutes). No word is this long: a longer run is one token, and no sentence ends inside it.
     */
    static final int LONGEST_WORD = 200;
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;

    OpenNlpAnnotator(SentenceModel sentences, TokenizerModel tokens) {
        this.sentenceDetector = new SentenceDetectorME(sentences);
        this.tokenizer = new TokenizerME(tokens);
    }

    @Override
    public Document annotate(Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            addSentences(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return new Document(article, sentences);
    }

    private void addSentences(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        java.util.regex.Matcher dateline = DATELINE.matcher(line);
        if (dateline.lookingAt()) {
            out.add(sentence(out.size(), text, from, from + dateline.end(1)));
            from += dateline.end();
            line = text.substring(from, to);
        }
        for (Span span : mergeAfterAbbreviations(line, sentenceDetector.sentPosDetect(maskLongRuns(line)))) {
            Span trimmed = span.trim(line);
            if (trimmed.length() > 0) {
                int start = from + trimmed.getStart();
                int end = from + trimmed.getEnd();
                out.add(sentence(out.size(), text, start, end));
            }
        }
    }

    /**
     * The sentence model ends sentences after titles such as "Sen." and "Gen." and after state abbreviations
     * ("D-Del.,"); a title never ends a sentence, and news sentences never start in lowercase.
     */
    private static List<Span> mergeAfterAbbreviations(String line, Span[] spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (endsWithTitleAbbreviation(line.substring(last.getStart(), last.getEnd()))
                    || startsLowercase(line, span) || initialismBeforeTitle(line, last, span))) {
                merged.set(merged.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static boolean startsLowercase(String line, Span span) {
        String text = line.substring(span.getStart(), span.getEnd()).strip();
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /**
     * "U.S. President X", "the U.K. Foreign Secretary": an initialism before a title or an office's name is the
     * state it names, not a sentence's end.
     */
    private static boolean initialismBeforeTitle(String line, Span last, Span span) {
        String before = line.substring(last.getStart(), last.getEnd()).strip();
        String next = line.substring(span.getStart(), span.getEnd()).strip();
        int space = next.indexOf(' ');
        String first = space < 0 ? next : next.substring(0, space);
        return INITIALISM.matcher(before.substring(before.lastIndexOf(' ') + 1)).matches()
                && TITLES_AFTER_INITIALISM.contains(first);
    }

    private static boolean endsWithTitleAbbreviation(String sentence) {
        String trimmed = sentence.strip();
        int space = trimmed.lastIndexOf(' ');
        return TITLE_ABBREVIATIONS.contains(trimmed.substring(space + 1));
    }

    /** The line with every character of a too long run made a letter, so that no sentence ends inside it. */
    static String maskLongRuns(String line) {
        char[] masked = null;
        int i = 0;
        while (i < line.length()) {
            int end = runEnd(line, i);
            if (end - i > LONGEST_WORD) {
                masked = masked == null ? line.toCharArray() : masked;
                java.util.Arrays.fill(masked, i, end, 'x');
            }
            i = Math.max(end, i + 1);
        }
        return masked == null ? line : new String(masked);
    }

    /** The end of the run of non-space characters starting at {@code from} (from itself on a space). */
    private static int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whitespace as OpenNLP's whitespace tokenizer sees it, the no-break space included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** The tokenizer's spans, with each too long run taken whole as one token instead of given to it. */
    private Span[] tokenize(String sentence) {
        List<Span> out = new ArrayList<>();
        int pending = 0;
        int i = 0;
        while (i < sentence.length()) {
            int end = runEnd(sentence, i);
            if (end - i > LONGEST_WORD) {
                addTokens(sentence, pending, i, out);
                out.add(new Span(i, end));
                pending = end;
            }
            i = Math.max(end, i + 1);
        }
        addTokens(sentence, pending, sentence.length(), out);
        return out.toArray(new Span[0]);
    }

    private void addTokens(String sentence, int from, int to, List<Span> out) {
        if (from == 0 && to == sentence.length()) {
            out.addAll(List.of(tokenizer.tokenizePos(sentence)));
            return;
        }
        String piece = sentence.substring(from, to);
        if (!piece.isBlank()) {
            for (Span s : tokenizer.tokenizePos(piece)) {
                out.add(new Span(from + s.getStart(), from + s.getEnd()));
            }
        }
    }

    private Sentence sentence(int index, String text, int start, int end) {
        String sentenceText = text.substring(start, end);
        Span[] spans = joinSplitWords(sentenceText, tokenize(sentenceText));
        String[] words = Span.spansToStrings(spans, sentenceText);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(Token.of(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), "X",
                    words[i].toLowerCase(java.util.Locale.ROOT)));
        }
        return new Sentence(index, start, end, sentenceText, TokenSplitter.split(tokens));
    }

    /**
     * The statistical tokenizer now and then cuts a rare word in two ("Retno" into "Ret" and "no"); two pieces of
     * letters with no space between them are one word.
     */
    private static Span[] joinSplitWords(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.getEnd() == span.getStart() && isLetters(text, last) && isLetters(text, span)) {
                out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static boolean isLetters(String text, Span span) {
        return text.substring(span.getStart(), span.getEnd()).chars().allMatch(Character::isLetter);
    }
}
