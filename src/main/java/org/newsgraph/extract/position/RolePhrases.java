package org.newsgraph.extract.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;

/**
 * A title with its complement as government texts write it: "Minister of Foreign Affairs", "Senior Advisor for
 * Africa", "Chair of the Justice, Health and Transport Committee", "President of Switzerland". The
 * complement runs over "of", "for", "to" and "on" parts of capitalized words and the names found in them; a
 * country at its end ("of the Republic of Indonesia") is the office's jurisdiction and is left out of the role.
 */
final class RolePhrases {
    private static final Set<String> LINKS = Set.of("of", "for", "to", "on", "at", "in");
    /** Words that make a title more precise without being one: "deputy assistant secretary of state". */
    private static final Set<String> MODIFIERS = Set.of("deputy", "assistant", "senior", "principal", "special",
            "chief", "associate", "executive", "first", "under");
    private static final int LONGEST = 16;

    /** A role phrase: words {@code from} to {@code to}, its text, and the country or body it serves, if named. */
    record Role(int from, int to, String text, Optional<Resolved> served) {
    }

    private final ArticleContext ctx;

    RolePhrases(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The role phrase that starts with a title at word {@code at} of sentence {@code s}. */
    Optional<Role> startingAt(int s, int at) {
        List<Word> words = ctx.words().get(s);
        int head = at;
        while (head < words.size() - 1 && MODIFIERS.contains(Lexicon.lower(words.get(head).text()))
                && Titles.startingAt(words, head).isEmpty()) {
            head++;
        }
        Optional<Titles.Title> title = Titles.startingAt(words, head);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        int end = title.get().to();
        int textEnd = end;
        Optional<Resolved> served = Optional.empty();
        while (end + 1 < words.size() && LINKS.contains(Lexicon.lower(words.get(end).text()))) {
            int part = partEnd(s, end + 1, words.get(end).is("to"));
            if (part == end + 1 || cutInsidePhrase(words, part)) {
                break; // "head of the Gulf Coast state pension fund": a complement this does not read whole
            }
            Optional<Resolved> object = servedIn(s, end + 1, part);
            if (object.isPresent() && object.get().entity().type() == EntityType.COUNTRY) {
                served = object;
                end = part;
                break; // "of the Republic of Indonesia": the jurisdiction, not part of the role
            }
            served = object;
            end = part;
            textEnd = part;
        }
        String text = at == head && head == textEnd ? title.get().text() : roleText(words, at, title.get(), textEnd);
        return Optional.of(new Role(at, end, text, served));
    }

    /** The role phrase that ends right before word {@code end}: the longest one found there. */
    Optional<Role> endingAt(int s, int end) {
        for (int k = Math.max(0, end - LONGEST); k < end; k++) {
            Optional<Role> role = startingAt(s, k);
            if (role.isPresent() && role.get().to() == end) {
                return role;
            }
        }
        return Optional.empty();
    }

    /** Index before forms of address, a dash or a comma that stand between a role and the name at {@code at}. */
    static int beforeAddress(List<Word> words, int at) {
        int k = at;
        while (k > 0 && (Lexicon.FORMS_OF_ADDRESS.contains(Lexicon.lower(words.get(k - 1).text()))
                || words.get(k - 1).isHyphen() || words.get(k - 1).text().equals(","))) {
            k--;
        }
        return k;
    }

    /**
     * One part of a complement: "the Justice, Health and Transport Committee (JHTC)", "Africa". After "to"
     * the part may name an office ("Senior Advisor to the President for Climate Policy").
     */
    private int partEnd(int s, int from, boolean office) {
        List<Word> words = ctx.words().get(s);
        int k = from < words.size() && words.get(from).is("the") ? from + 1 : from;
        int start = k;
        while (k < words.size()) {
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent() && r.get().entity().type() == EntityType.PERSON) {
                break;
            }
            Word w = words.get(k);
            if (r.isPresent()) {
                k = r.get().mention().to();
            } else if (Lexicon.FORMS_OF_ADDRESS.contains(Lexicon.lower(w.text()))) {
                break; // "Chair of the Pacific Caucus Hon Name"
            } else if (w.isCapitalized() && (office || Titles.startingAt(words, k).isEmpty()) || k > start
                    && w.isHyphen() && k + 1 < words.size() && words.get(k + 1).isCapitalized()) {
                k++;
            } else if (k > start && (w.is("and") || w.text().equals(",")) && continuesPart(s, k + 1)) {
                k++;
            } else if (k > start && w.text().equals(",") && k + 1 < words.size() && words.get(k + 1).is("and")
                    && continuesPart(s, k + 2)) {
                k += 2; // "Foreign, Commonwealth, and Development Affairs"
            } else if (k > start && w.text().equals("(") && k + 2 < words.size() && words.get(k + 2).text()
                    .equals(")")) {
                k += 3; // "(FADTC)"
            } else {
                break;
            }
        }
        return k == start ? from : k;
    }

    /** The part stops before a lower-case noun or adjective: the name it began goes on in words it cannot read. */
    private static boolean cutInsidePhrase(List<Word> words, int end) {
        if (end >= words.size()) {
            return false;
        }
        Word w = words.get(end);
        return !w.isCapitalized() && (w.pos().equals("NOUN") || w.pos().equals("ADJ"));
    }

    /** After "and" or a comma the part goes on with a capitalized word that opens no title ("and Development"). */
    private boolean continuesPart(int s, int k) {
        List<Word> words = ctx.words().get(s);
        return k < words.size() && words.get(k).isCapitalized() && Titles.startingAt(words, k).isEmpty()
                && !Lexicon.FORMS_OF_ADDRESS.contains(Lexicon.lower(words.get(k).text()))
                && ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON).isEmpty();
    }

    private Optional<Resolved> servedIn(int s, int from, int to) {
        Optional<Resolved> last = Optional.empty();
        for (int k = from; k < to; k++) {
            Optional<Resolved> r = ctx.at(s, k).filter(PositionFinder::canServe);
            if (r.isPresent() && r.get().mention().to() <= to) {
                last = r;
            }
        }
        return last.filter(r -> r.mention().to() == to);
    }

    private static String roleText(List<Word> words, int from, Titles.Title title, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < title.from(); k++) {
            b.append(words.get(k).text()).append(' ');
        }
        b.append(title.text());
        for (int k = title.to(); k < to; k++) {
            Word w = words.get(k);
            boolean glued = words.get(k - 1).end() == w.start();
            b.append(glued ? "" : " ").append(w.text());
        }
        return b.toString();
    }
}
