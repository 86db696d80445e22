package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsgraph.NewsGraphException;

/**
 * OpenNLP's language detector (model {@code langdetect-183.bin}, from {@code opennlp-models-langdetect}) on the
 * start of the text, with a confidence bar. Measured on a busy 2-core machine: 10-17 ms for a 1,000-character
 * sample; the model loads in 2-4 s and takes about 35 MB of heap. English news reaches a confidence of 0.9 or more
 * by 500 characters, a German paragraph of 275 characters 0.8, while headlines and briefs of under about 150
 * characters stay under 0.25 whatever their language. A sample whose words are English function words in English
 * proportion is taken as English without the model, which is loaded only when a text leaves that in doubt.
 */
final class OpenNlpLanguageFilter implements LanguageFilter {
    static final String MODEL = "langdetect-183.bin";
    /** The detector's cost grows with the text, its answer does not once a few sentences are in. */
    static final int SAMPLE_CHARS = 1000;
    /** Below this confidence another language is a guess, and the text is analysed as English. */
    static final double MIN_CONFIDENCE = 0.5;
    /**
     * English function words. In English news they are about a third of the words; in German, French, Spanish or
     * Dutch text the few that look alike ("in", "a", "is") stay far below a sixth.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "was",
            "for", "on", "that", "with", "by", "said", "as", "at", "from", "his", "her", "has", "have", "it", "be",
            "are", "were", "he", "she", "their", "will", "after", "an", "which", "who", "this", "not");
    /** The share of function words above which a sample is English without asking the model. */
    static final double ENGLISH_SHARE = 0.18;
    /** Fewer words than this say too little for the shortcut; the model decides (and is unsure). */
    private static final int MIN_WORDS = 30;

    private static LanguageDetectorModel shared;

    /** Made on the first text the function words leave in doubt: a run of English news never loads the model. */
    private LanguageDetectorME detector;

    /** Checks that the model is there, so that a jar without it fails at start-up, not on the first article. */
    OpenNlpLanguageFilter() {
        if (OpenNlpLanguageFilter.class.getResource("/" + MODEL) == null) {
            throw new NewsGraphException("OpenNLP language model " + MODEL + " is not on the classpath");
        }
    }

    static synchronized LanguageDetectorModel model() {
        if (shared == null) {
            // by resource name: every OpenNLP model jar has a root model.properties, which collide in a fat jar
            InputStream in = OpenNlpLanguageFilter.class.getResourceAsStream("/" + MODEL);
            if (in == null) {
                throw new NewsGraphException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            try (in) {
                shared = new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new NewsGraphException("cannot read the OpenNLP language model " + MODEL + ": "
                        + e.getMessage(), e);
            }
        }
        return shared;
    }

    @Override
    public Optional<String> otherLanguage(String text) {
        // the model costs 10-17 ms an article, a fifth of the pipeline's throughput on two cores; nearly every
        // article fed to an English pipeline is English, and its function words say so for next to nothing
        if (clearlyEnglish(sample(text))) {
            return Optional.empty();
        }
        Language best = guess(text);
        if (best.getLang().equals("eng") || best.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(best.getLang());
    }

    /** The detector's best guess for the start of the text. */
    Language guess(String text) {
        if (detector == null) {
            detector = new LanguageDetectorME(model());
        }
        return detector.predictLanguage(sample(text));
    }

    /** Whether English function words make up enough of the words of a sample of enough words. */
    static boolean clearlyEnglish(CharSequence sample) {
        String[] words = sample.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int all = 0;
        int function = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                all++;
                function += FUNCTION_WORDS.contains(w) ? 1 : 0;
            }
        }
        return all >= MIN_WORDS && function >= ENGLISH_SHARE * all;
    }

    private static CharSequence sample(String text) {
        int end = Math.min(text.length(), SAMPLE_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end);
    }
}
