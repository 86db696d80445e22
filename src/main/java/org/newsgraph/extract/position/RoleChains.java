package org.newsgraph.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.mention.ArticleContext;
import org.newsgraph.extract.mention.Resolved;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Titles;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Position;
import org.newsgraph.model.Rule;

/**
 * Roles written as phrases around a name, each a position of its own:
 * <ul>
 * <li>before the name, over a comma, a dash or a form of address: "the President of Kenya, Name", "Foreign
 * Minister of Egypt, H.E Name", "Senior Advisor for Africa Name";</li>
 * <li>several roles joined by commas and "and" before one name: "Deputy Prime Minister and Foreign Minister
 * Name", "Party Member, Director of the Office, and Foreign Minister Name";</li>
 * <li>after the name, served as: "Name, currently serving as Director of X", "Name previously served as Minister
 * of A and Minister of B", and a second role joined to an apposition ("Name, Deputy Prime Minister and
 * Minister of Finance");</li>
 * <li>a signature block: a line with only the name, then a line with only the role.</li>
 * </ul>
 */
final class RoleChains {
    private static final Set<String> SERVE = Set.of("serving", "served", "serves", "serve");
    private static final Set<String> ADVERBS = Set.of("currently", "previously", "formerly", "now", "also", "who",
            "has", "had", "later", "then");

    private static final int MODIFIER_REACH = 6;

    private final ArticleContext ctx;
    private final RolePhrases phrases;

    RoleChains(ArticleContext ctx) {
        this.ctx = ctx;
        this.phrases = new RolePhrases(ctx);
    }

    /** The roles written before the name: a phrase over a comma or address, then roles joined to the chain. */
    List<Position> before(int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        List<Position> out = new ArrayList<>();
        List<Titles.Title> chain = Titles.chainBefore(words, person.mention().from());
        int at = chain.isEmpty() ? RolePhrases.beforeAddress(words, person.mention().from())
                : Titles.skipPrefixes(words, chain.get(0).from());
        if (chain.isEmpty()) {
            Optional<RolePhrases.Role> role = phrases.endingAt(s, at);
            if (role.isEmpty()) {
                return out;
            }
            out.add(position(s, person, role.get(), Rule.POSITION_PREMODIFIER));
            at = Titles.skipPrefixes(words, role.get().from());
        }
        for (int joint = jointBefore(words, at); joint < at; joint = jointBefore(words, at)) {
            Optional<RolePhrases.Role> role = phrases.endingAt(s, joint);
            if (role.isEmpty()) {
                break;
            }
            out.add(position(s, person, role.get(), Rule.POSITION_PREMODIFIER));
            at = Titles.skipPrefixes(words, role.get().from());
        }
        return out;
    }

    /** The roles after the name: "served as" a chain of roles, or roles joined to an apposition's role. */
    List<Position> after(int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        int k = person.mention().to();
        if (k < words.size() && words.get(k).text().equals(",")) {
            k++;
        }
        int first = k;
        while (k < words.size() && ADVERBS.contains(Lexicon.lower(words.get(k).text()))) {
            k++;
        }
        if (k + 1 < words.size() && SERVE.contains(Lexicon.lower(words.get(k).text())) && words.get(k + 1).is("as")) {
            return chainFrom(s, person, skipDeterminers(words, k + 2), true);
        }
        boolean comma = first > person.mention().to();
        int at = skipDeterminers(words, first);
        boolean apposition = comma && phrases.startingAt(s, at).filter(r -> endsApposition(words, r.to())).isPresent();
        return apposition ? chainFrom(s, person, at, false) : List.of();
    }

    /** "X, the Secretary, said" is an apposition; "X, the Secretary told Y" starts the next clause. */
    private static boolean endsApposition(List<Word> words, int at) {
        return at >= words.size() || !words.get(at).pos().equals("VERB") && !words.get(at).pos().equals("AUX");
    }

    /** "Rt Hon Name" alone on a line and the role alone on the next: the signature of a statement. */
    List<Position> signature(int s, Resolved person) {
        List<Word> words = ctx.words().get(s);
        Resolved only = ctx.mentions().get(s).size() == 1 ? ctx.mentions().get(s).get(0) : null;
        boolean alone = only == person && person.mention().to() == words.size()
                && RolePhrases.beforeAddress(words, person.mention().from()) == 0;
        if (!alone || s + 1 >= ctx.words().size()) {
            return List.of();
        }
        List<Word> next = ctx.words().get(s + 1);
        Optional<RolePhrases.Role> role = phrases.startingAt(s + 1, 0).filter(r -> r.to() == next.size());
        return role.map(r -> List.of(position(s + 1, person, r, Rule.POSITION_APPOSITION))).orElse(List.of());
    }

    /** Roles from word {@code at}, joined by "and" or commas, while each starts with a title. */
    private List<Position> chainFrom(int s, Resolved person, int at, boolean served) {
        List<Word> words = ctx.words().get(s);
        List<Position> out = new ArrayList<>();
        Optional<RolePhrases.Role> role = phrases.startingAt(s, at);
        while (role.isPresent() && !followedByPerson(s, role.get().to())) {
            out.add(position(s, person, role.get(), served ? Rule.POSITION_APPOINTED : Rule.POSITION_APPOSITION));
            int next = afterModifier(s, role.get().to());
            if (next < words.size() && words.get(next).text().equals(",")) {
                next++;
            }
            if (next >= words.size() || !words.get(next).is("and") && next == role.get().to()) {
                break;
            }
            role = phrases.startingAt(s, skipDeterminers(words, words.get(next).is("and") ? next + 1 : next));
        }
        return out;
    }

    /**
     * Where the words that qualify a role end: "Brigadier General in the regular army, senior advisor ..."; the
     * role's own end when no comma follows within a short phrase without verbs or names.
     */
    private int afterModifier(int s, int end) {
        List<Word> words = ctx.words().get(s);
        for (int k = end; k < words.size() && k - end <= MODIFIER_REACH; k++) {
            Word w = words.get(k);
            if (w.text().equals(",")) {
                return k;
            }
            if (w.pos().equals("VERB") || w.pos().equals("AUX") || w.isPunctuation() || ctx.at(s, k)
                    .filter(r -> r.entity().type() == EntityType.PERSON).isPresent()) {
                return end;
            }
        }
        return end;
    }

    /** A role phrase directly followed by a name belongs to that name ("X, Senior Advisor Y"), not to X. */
    private boolean followedByPerson(int s, int at) {
        List<Word> words = ctx.words().get(s);
        int k = at;
        while (k < words.size() && (Lexicon.FORMS_OF_ADDRESS.contains(Lexicon.lower(words.get(k).text()))
                || words.get(k).text().equals("."))) {
            k++; // "Dr." and "Hon" before the name
        }
        return ctx.at(s, k).filter(r -> r.entity().type() == EntityType.PERSON).isPresent();
    }

    /** Where the joint before a role chain starts: "and", ",", or ", and"; {@code at} when there is none. */
    private static int jointBefore(List<Word> words, int at) {
        int k = at;
        if (k > 0 && words.get(k - 1).is("and")) {
            k--;
        }
        if (k > 0 && words.get(k - 1).text().equals(",")) {
            k--;
        }
        return k;
    }

    private static int skipDeterminers(List<Word> words, int at) {
        int k = at;
        while (k < words.size() && (Lexicon.DETERMINERS.contains(Lexicon.lower(words.get(k).text()))
                || Titles.TITLE_PREFIXES.contains(Lexicon.lower(words.get(k).text())))) {
            k++;
        }
        return k;
    }

    private Position position(int s, Resolved person, RolePhrases.Role role, Rule rule) {
        Optional<Resolved> served = role.served()
                .or(() -> ctx.endingBefore(s, Titles.skipPrefixes(ctx.words().get(s), role.from()))
                        .filter(PositionFinder::canServe));
        int from = Math.min(role.from(), person.mention().from());
        int to = Math.max(role.to(), person.mention().to());
        Evidence evidence = PositionFinder.evidence(ctx, s, from, to, rule);
        return PositionFinder.position(ctx, person, role.text(), served, evidence);
    }
}
