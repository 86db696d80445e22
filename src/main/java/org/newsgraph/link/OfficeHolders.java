package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.NewsGraphException;

/**
 * An office-holders' knowledge base read from a folder that {@link OfficeHoldersBuilder} wrote: the people with
 * the positions they held, and every key their names are filed under. Read-only and thread-safe once loaded.
 */
public final class OfficeHolders {
    private final Path folder;
    private final Map<String, String> manifest;
    private final List<OfficeHolder> people;
    /** Each key's people, encoded as person index times the number of forms plus the form's ordinal. */
    private final Map<String, int[]> byKey;

    /** A person filed under a key, and the form of the name the key came from. */
    public record Named(OfficeHolder person, NameForm form) {
    }

    private OfficeHolders(Path folder, Map<String, String> manifest, List<OfficeHolder> people,
                          Map<String, int[]> byKey) {
        this.folder = folder;
        this.manifest = Map.copyOf(manifest);
        this.people = List.copyOf(people);
        this.byKey = byKey;
    }

    /**
     * Loads a knowledge base folder.
     *
     * @throws IOException when a file cannot be read
     * @throws NewsGraphException when the folder is not a knowledge base or a file is malformed
     */
    public static OfficeHolders load(Path folder) throws IOException {
        Map<String, String> manifest = OfficeHoldersFolder.readManifest(folder);
        Map<String, Integer> index = new HashMap<>();
        List<String> qids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        rows(folder.resolve(OfficeHoldersFolder.PEOPLE), 2, c -> {
            index.put(c[0], qids.size());
            qids.add(c[0]);
            labels.add(c[1]);
        });
        List<List<Office>> offices = new ArrayList<>();
        qids.forEach(q -> offices.add(new ArrayList<>()));
        rows(folder.resolve(OfficeHoldersFolder.OFFICES), 6, c -> offices.get(person(index, c[0])).add(
                new Office(c[1], blankToNull(c[2]), blankToNull(c[3]), day(c[4]), day(c[5]))));
        List<OfficeHolder> people = new ArrayList<>(qids.size());
        for (int i = 0; i < qids.size(); i++) {
            people.add(new OfficeHolder(qids.get(i), labels.get(i), offices.get(i)));
        }
        Map<String, int[]> byKey = new HashMap<>();
        int forms = NameForm.values().length;
        rows(folder.resolve(OfficeHoldersFolder.NAMES), 3, c -> byKey.merge(c[0],
                new int[] {person(index, c[1]) * forms + NameForm.valueOf(c[2]).ordinal()}, OfficeHolders::concat));
        return new OfficeHolders(folder, manifest, people, byKey);
    }

    /**
     * What a knowledge base folder's manifest says, without loading it: when it was built, from which files, how
     * many people, positions held and names.
     */
    public static Map<String, String> describe(Path folder) throws IOException {
        return OfficeHoldersFolder.readManifest(folder);
    }

    /** The people filed under a key of {@link NameKeys}, with the form of name that put them there. */
    public List<Named> named(String key) {
        int[] codes = byKey.get(key);
        if (codes == null) {
            return List.of();
        }
        int forms = NameForm.values().length;
        List<Named> out = new ArrayList<>(codes.length);
        for (int code : codes) {
            out.add(new Named(people.get(code / forms), NameForm.values()[code % forms]));
        }
        return out;
    }

    public Path folder() {
        return folder;
    }

    /** The number of people. */
    public int size() {
        return people.size();
    }

    /** What the folder's manifest says: when it was built, from which files, how many people, offices, names. */
    public Map<String, String> manifest() {
        return manifest;
    }

    private interface RowHandler {
        void row(String[] cells);
    }

    private static void rows(Path file, int columns, RowHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            long number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new NewsGraphException(file + " line " + number + ": expected " + columns
                            + " columns, found " + cells.length + "; build the knowledge base again");
                }
                handler.row(cells);
            }
        }
    }

    private static int person(Map<String, Integer> index, String qid) {
        Integer i = index.get(qid);
        if (i == null) {
            throw new NewsGraphException("knowledge base names " + qid + ", who is not among its people;"
                    + " build it again");
        }
        return i;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static java.time.LocalDate day(String s) {
        return s.isEmpty() ? null : java.time.LocalDate.parse(s);
    }
}
