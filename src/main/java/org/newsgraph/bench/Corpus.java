package org.newsgraph.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.newsgraph.NewsGraphException;
import org.newsgraph.bench.Samples.Sample;
import org.newsgraph.link.KnowledgeBase;

/**
 * A corpus written to a folder as {@code aNNNNNN.txt} with a {@code .json} sidecar: each article a sample's
 * headline over runs of one to three consecutive sample sentences (one paragraph per run) until it holds 200 to
 * 400 words, with people and countries swapped and the publication day moved back up to two years. The same seed
 * gives the same corpus. Only the folder and the count are kept, so memory does not grow with the corpus.
 */
record Corpus(Path folder, int articles, long words) {
    private static final int MIN_WORDS = 200;
    private static final int MAX_WORDS = 400;

    static Path text(Path folder, int i) {
        return folder.resolve(String.format(java.util.Locale.ROOT, "a%06d.txt", i));
    }

    static Corpus write(Samples samples, KnowledgeBase kb, int articles, long seed, Path folder) {
        Renamer renamer = new Renamer(kb, String.join("\n", samples.all().stream()
                .flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.headline()),
                        s.sentences().stream())).toList()));
        SplittableRandom random = new SplittableRandom(seed);
        long words = 0;
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < articles; i++) {
                Sample lead = pick(samples, random);
                String text = renamer.rename(body(lead, samples, random), random);
                LocalDate published = lead.published().minusDays(random.nextInt(730));
                words += text.split("\\s+").length;
                Files.writeString(text(folder, i), text);
                Files.writeString(text(folder, i).resolveSibling(String.format(java.util.Locale.ROOT,
                        "a%06d.json", i)), sidecar(i, text, published));
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot write the corpus to " + folder + ": " + e.getMessage(), e);
        }
        return new Corpus(folder, articles, words);
    }

    private static String body(Sample lead, Samples samples, SplittableRandom random) {
        StringBuilder text = new StringBuilder(lead.headline()).append("\n\n");
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS - 40);
        int words = 0;
        while (words < target) {
            Sample s = pick(samples, random);
            int start = random.nextInt(s.sentences().size());
            int end = Math.min(s.sentences().size(), start + 1 + random.nextInt(3));
            StringBuilder paragraph = new StringBuilder();
            for (int k = start; k < end && words < target; k++) {
                String sentence = s.sentences().get(k);
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence);
                words += sentence.split("\\s+").length;
            }
            text.append(paragraph).append("\n\n");
        }
        return text.toString().strip() + "\n";
    }

    private static Sample pick(Samples samples, SplittableRandom random) {
        return samples.all().get(random.nextInt(samples.all().size()));
    }

    private static String sidecar(int i, String text, LocalDate published) {
        JsonObject o = new JsonObject();
        o.addProperty("url", String.format(java.util.Locale.ROOT, "https://bench.example.org/%d/a%06d",
                published.getYear(), i));
        o.addProperty("title", text.substring(0, text.indexOf('\n')));
        o.addProperty("published", published.toString());
        o.addProperty("source", "Bench Wire");
        return o.toString();
    }
}
