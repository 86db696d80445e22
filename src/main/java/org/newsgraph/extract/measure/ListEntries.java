package org.newsgraph.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.discourse.Narration;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The names a list gives: after its linking verb ("include A, B and C"), or one bullet line each after a head ending
 * in a colon, each bullet's entry the names before its first comma, dash or semicolon. A name inside another entry
 * ("the chairwoman of X", "X's spokesman", "designating X as ...") is no entry.
 */
final class ListEntries {
    private static final Set<String> BULLETS = Set.of("\u2022", "-", "\u2013", "\u2014", "*", "\u00b7", "\u25aa",
            "\u25cf", "o");

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "-", "\u2013", "\u2014", "(");

    private static final Set<String> OWNER_MARKS = Set.of("of", "by", "at", "for", "from", "with", "in", "to",
            "under", "against", "on", "into");

    /** The names a list gives: on the bullet lines after a head ending in a colon, else after its verb. */
    List<Entity> entries(int s, int verb) {
        List<Word> words = ctx.words().get(s);
        List<Entity> out = new ArrayList<>();
        if (words.get(words.size() - 1).text().equals(":")) {
            for (int b : bullets(s)) {
                bulletEntries(b).forEach(e -> MeasureSides.addOnce(out, e));
            }
            return out;
        }
        Tree t = Tree.of(ctx.sentence(s));
        for (Resolved r : ctx.mentions().get(s)) {
            if (r.mention().from() > verb && isEntry(s, r) && !isOwnedInTree(t, r, verb)) {
                MeasureSides.addOnce(out, r.entity());
            }
        }
        return out;
    }

    /** A name listed for itself, not one its entry belongs to ("the Chairwoman of X", "X's Press Secretary"). */
    boolean isEntry(int s, Resolved r) {
        List<Word> words = ctx.words().get(s);
        EntityType type = r.entity().type();
        boolean named = type == EntityType.PERSON || type == EntityType.ORGANIZATION
                || type == EntityType.COUNTRY && r.mention().kind() == org.newsgraph.link.NameKind.NAME;
        int before = runStart(s, r.mention().from()) - 1;
        boolean along = before > 0 && words.get(before).is("with") && words.get(before - 1).is("along");
        boolean owned = before >= 0 && OWNER_MARKS.contains(Lexicon.lower(words.get(before).text())) && !along;
        int after = r.mention().to();
        boolean possessor = after < words.size() && words.get(after).isPossessive();
        boolean inTitle = after < words.size() && words.get(after).isProperNoun(); // "President of Russia Dmitry X"
        return named && !owned && !possessor && !inTitle;
    }

    /**
     * The first word of the coordinated names a name ends: "alongside the United Kingdom and the United States"
     * starts at "the United Kingdom"; titles and "the" before a name belong to it.
     */
    private int runStart(int s, int from) {
        List<Word> words = ctx.words().get(s);
        int k = from;
        boolean named = false; // a name or title between the mention and the word looked at
        while (k > 0) {
            List<Titles.Title> titles = Titles.chainBefore(words, k);
            if (!titles.isEmpty()) {
                k = Titles.skipPrefixes(words, titles.get(0).from()); // "former President of Russia X"
                named = true;
                continue;
            }
            Word w = words.get(k - 1);
            Optional<Resolved> r = ctx.at(s, k - 1);
            if (w.is("of") && named && k > 1 && Titles.isTitle(words.get(k - 2).text())) {
                k--; // "President of Russia Dmitry X"
            } else if (r.isPresent()) {
                k = r.get().mention().from();
                named = true;
            } else if (w.is("the") || w.is("and") || w.text().equals(",")) {
                k--;
            } else if (w.isCapitalized() && !w.is("The")) {
                k--;
                named = true;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * Whether the parse hangs a name under another entry ("Igor Sechin, chief executive of the state producer X"):
     * its path up to the list verb passes a preposition other than "including" or "along with", or a clause.
     */
    private static boolean isOwnedInTree(Tree t, Resolved r, int verb) {
        if (!t.isParsed()) {
            return false;
        }
        int head = r.mention().to() - 1;
        for (int a = head, steps = 0; a >= 0 && a != verb && steps < t.size(); a = t.head(a), steps++) {
            String text = t.token(a).text().toLowerCase(java.util.Locale.ROOT);
            boolean along = text.equals("with") && a > 0 && t.token(a - 1).text().equalsIgnoreCase("along");
            // "former President of Russia X": the preposition belongs to the title before the name
            boolean title = text.equals("of") && a < head && t.head(a) >= 0
                    && Titles.isTitle(t.token(t.head(a)).text());
            boolean owner = t.is(a, "prep") && OWNER_MARKS.contains(text) && !along && !title;
            boolean clause = t.is(a, "relcl") || t.is(a, "acl") || a != head && t.token(a).tag().startsWith("VB");
            if (owner || clause) {
                return true; // "designating X as ...": a name inside a clause is no entry of the list
            }
        }
        return false;
    }

    /** The bullet lines after sentence {@code s}, with the sentences that continue a bullet skipped. */
    List<Integer> bullets(int s) {
        List<Integer> out = new ArrayList<>();
        for (int b = s + 1; b < ctx.words().size(); b++) {
            if (isBullet(b)) {
                out.add(b);
            } else if (out.isEmpty() || !narration.sameParagraph(b - 1, b)) {
                break;
            }
        }
        return out;
    }

    private boolean isBullet(int s) {
        List<Word> words = ctx.words().get(s);
        return !words.isEmpty() && BULLETS.contains(Lexicon.lower(words.get(0).text()));
    }

    /** The names a bullet line starts with, up to its first comma, dash or semicolon outside a name. */
    private List<Entity> bulletEntries(int s) {
        List<Word> words = ctx.words().get(s);
        List<Entity> out = new ArrayList<>();
        for (int k = 1; k < words.size(); k++) {
            Optional<Resolved> r = ctx.at(s, k);
            if (r.isPresent()) {
                if (isEntry(s, r.get()) || r.get().mention().from() <= 2) {
                    MeasureSides.addOnce(out, r.get().entity());
                }
                k = r.get().mention().to() - 1;
            } else if (SEPARATORS.contains(words.get(k).text())) {
                break;
            }
        }
        return out;
    }

    private final ArticleContext ctx;
    private final Narration narration;

    ListEntries(ArticleContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }
}
