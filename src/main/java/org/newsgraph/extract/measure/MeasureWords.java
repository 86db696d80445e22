package org.newsgraph.extract.measure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.text.Lexicon;
import org.newsgraph.extract.text.Word;
import org.newsgraph.model.MeasureStatus;
import org.newsgraph.model.MeasureType;

/**
 * The words that name a punitive measure and the words around it that say where it stands. A measure is found at
 * its head noun or verb ("sanctions", "tariffs", "expelled", "the Russian Consulate" after "closed").
 */
final class MeasureWords {
    private static final Set<String> SANCTIONS = Set.of("sanction", "sanctions", "sanctioned", "sanctioning");
    /** "Measures against X" is a measure only with a word that makes it one: "its own measures against Moscow". */
    private static final Set<String> PUNITIVE = Set.of("punitive", "retaliatory", "additional", "further", "fresh",
            "own", "economic", "new");
    private static final Set<String> TARIFFS = Set.of("tariff", "tariffs", "duties", "levy", "levies", "surtax",
            "surtaxes");
    /** Trade-defence words that make plain "measures" a duty: "provisional anti-dumping measures on X". */
    private static final Set<String> TRADE_REMEDIES = Set.of("dumping", "anti-dumping", "antidumping",
            "countervailing", "anti-subsidy", "safeguard");
    /** "the measures X has imposed on Y": the verb of a relative clause after a general word heads the measure. */
    private static final Set<String> IMPOSE = Set.of("imposed", "imposes", "impose", "imposing");
    private static final Set<String> GENERAL_MEASURES = Set.of("measures", "penalties", "restrictions");
    /** "would charge 15% on X": a rate charged on goods is a duty. */
    private static final Set<String> CHARGE = Set.of("charge", "charges", "charged", "charging");
    private static final Set<String> CONTROL_NOUNS = Set.of("controls", "control", "restrictions", "curbs", "ban",
            "bans");
    private static final Set<String> RESTRICT_VERBS = Set.of("prohibited", "banned", "restricted", "halted",
            "curbed", "blocked", "prohibits", "bans", "restricts", "prohibit", "ban", "restrict");
    private static final Set<String> FREEZE = Set.of("freeze", "froze", "frozen", "freezes", "freezing", "blocked",
            "blocks", "block", "blocking");
    private static final Set<String> ASSETS = Set.of("assets", "asset", "property", "funds");
    private static final Set<String> EXPEL = Set.of("expel", "expels", "expelled", "expelling", "expulsion",
            "expulsions");
    private static final Set<String> ENVOYS = Set.of("diplomats", "diplomat", "ambassador", "envoy", "envoys",
            "attache", "attaches");
    private static final Set<String> FACILITIES = Set.of("consulate", "consulates", "embassy", "embassies");
    private static final Set<String> CLOSE = Set.of("close", "closed", "closes", "closing", "shut", "shuts",
            "shutting", "shuttered", "closure");
    private static final Set<String> SHRINK = Set.of("shrink", "reduce", "cut", "downsize", "slash");
    private static final Set<String> STAFF = Set.of("staff", "personnel", "staffing", "employees");
    /** Diplomatic premises named by a general noun: "five diplomatic posts", "two diplomatic missions". */
    private static final Set<String> POSTS = Set.of("post", "posts", "mission", "missions", "office", "offices");
    private static final Set<String> ORDERS = Set.of("told", "ordered", "orders", "order", "asked", "instructed",
            "gave", "given");
    /** Verbs that put someone on a list, the list's name saying which measure it is. */
    private static final Set<String> LISTING = Set.of("placed", "places", "placing", "added", "adds", "adding",
            "put", "puts");

    /** "barred X from entering the country": a ban on entry, whoever X is. */
    private static final Set<String> BAR = Set.of("bar", "bars", "barred", "barring");
    private static final Set<String> ENTER = Set.of("entering", "traveling", "travelling", "visiting", "entry");

    private static final Set<String> LIFT = Set.of("lift", "lifted", "lifts", "lifting", "ease", "eased", "eases",
            "easing", "remove", "removed", "removes", "suspend", "suspended", "suspends", "pause", "paused", "pauses",
            "waive", "waived", "rescind", "rescinded", "off", "delayed", "postponed", "relief", "scrapped", "dropped");
    private static final Set<String> THREAT = Set.of("threaten", "threatened", "threatens", "threatening",
            "threat", "warn", "warned", "warns", "warning", "ultimatum");
    private static final Set<String> CONSIDER = Set.of("consider", "considering", "considered", "considers",
            "weigh", "weighing", "weighs", "mull", "mulling", "possibility", "possible", "option", "discuss",
            "discussed", "discussing", "explore", "exploring", "contemplate", "contemplating");
    private static final Set<String> PROPOSE = Set.of("would", "propose", "proposed", "proposes", "proposal",
            "bill", "legislation", "could", "might");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "\u2019ll", "shall");

    /** Words between "on" and the target: "on imports from Mexico", "on seven Russian businessmen". */
    private static final Set<String> TARGET_FILLERS = Set.of("imports", "goods", "products", "exports", "from",
            "of", "all", "the", "some", "steel", "aluminum", "aluminium", "cars", "a", "an", "any", "certain",
            "more", "other", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "most",
            "many");
    /** Words that name where goods come from: "on brandy from X", "on electric cars made in X". */
    /** People named by their place in a body: "sanctioned 10 current and former officers of X's armed forces". */
    private static final Set<String> MEMBER_FILLERS = Set.of("current", "former", "and", "senior", "top",
            "officers", "officials", "members", "leaders", "generals", "commanders", "military", "individuals",
            "entities", "companies", "firms", "executives", "ministers");
    private MeasureWords() {
    }

    /** The measure word {@code i} heads, if any. */
    static Optional<MeasureType> at(List<Word> words, int i) {
        String t = lower(words, i);
        String next = lower(words, i + 1);
        if (SANCTIONS.contains(t)) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        if (t.equals("measures") && next.equals("against") && i > 0 && PUNITIVE.contains(lower(words, i - 1))) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        if (IMPOSE.contains(t) && (next.equals("on") || next.equals("against")) && measureClause(words, i)) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        if (TARIFFS.contains(t) || t.equals("measures") && before(words, i, 3, TRADE_REMEDIES)
                || CHARGE.contains(t) && isRate(words, i + 1)) {
            return Optional.of(MeasureType.TARIFFS);
        }
        if (t.equals("embargo") || t.equals("embargoes")) {
            return Optional.of(MeasureType.EMBARGO);
        }
        if ((t.equals("visa") || t.equals("travel") || t.equals("entry")) && CONTROL_NOUNS.contains(next)) {
            return Optional.of(MeasureType.VISA_BAN);
        }
        if (BAR.contains(t) && barredFromEntering(words, i)) {
            return Optional.of(MeasureType.VISA_BAN);
        }
        if (t.startsWith("export") && (CONTROL_NOUNS.contains(next) || before(words, i, 2, RESTRICT_VERBS))) {
            return Optional.of(MeasureType.EXPORT_CONTROLS);
        }
        Optional<MeasureType> listed = listing(words, i, t);
        if (listed.isPresent()) {
            return listed;
        }
        if (t.equals("asset") && next.startsWith("freeze") || FREEZE.contains(t) && after(words, i, 4, ASSETS)) {
            return Optional.of(MeasureType.ASSET_FREEZE);
        }
        return expulsionOrClosure(words, i, t, next);
    }

    private static Optional<MeasureType> expulsionOrClosure(List<Word> words, int i, String t, String next) {
        if (EXPEL.contains(t) || t.equals("persona") && next.equals("non")) {
            return Optional.of(MeasureType.EXPULSION);
        }
        boolean leave = after(words, i, 12, Set.of("leave"));
        if (ENVOYS.contains(t) && leave && !before(words, i, 6, EXPEL)) {
            return Optional.of(MeasureType.EXPULSION);
        }
        if (t.equals("mission") && after(words, i, 8, SHRINK) && after(words, i, 12, STAFF)) {
            return Optional.of(MeasureType.EXPULSION);
        }
        if (STAFF.contains(t) && leave && before(words, i, 3, ORDERS)) {
            return Optional.of(MeasureType.EXPULSION); // "told their employees to leave the country"
        }
        boolean premises = FACILITIES.contains(t) || POSTS.contains(t) && lower(words, i - 1).equals("diplomatic");
        boolean orderedClosed = CLOSE.contains(next) && before(words, i, 4, ORDERS);
        if (premises && (before(words, i, 5, CLOSE) || orderedClosed)) {
            return Optional.of(MeasureType.FACILITY_CLOSURE);
        }
        return Optional.empty();
    }

    /** A general measure word a few words before, with no other measure word between: "the measures X has". */
    private static boolean measureClause(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            String w = lower(words, k);
            if (SANCTIONS.contains(w) || TARIFFS.contains(w) || w.equals(",") || w.equals(".")) {
                return false;
            }
            if (GENERAL_MEASURES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A word between a measure's "on" and its target: goods, an amount, a group's members. */
    static boolean isTargetFiller(List<Word> words, int j) {
        String t = Lexicon.lower(words.get(j).text());
        return TARGET_FILLERS.contains(t) || MEMBER_FILLERS.contains(t) || isAssets(words, j)
                || isAmount(words.get(j));
    }

    static boolean isMember(String word) {
        return MEMBER_FILLERS.contains(word);
    }

    /** "on C$155 billion of American goods": the amount stands between the mark and the target. */
    private static boolean isAmount(Word w) {
        String t = Lexicon.lower(w.text());
        return w.pos().equals("NUM") || t.matches("[$\u20ac\u00a3\u00a5]|c\\$|.*\\d.*") || t.equals("billion") || t.equals("million")
                || t.equals("worth") || t.equals("%");
    }

    private static boolean isAssets(List<Word> words, int j) {
        String t = Lexicon.lower(words.get(j).text());
        return Set.of("assets", "property", "funds", "that", "held", "by", "belonging", "to").contains(t);
    }

    /** "15%", "15 percent", "up to 35.3%" starting at word {@code k}. */
    private static boolean isRate(List<Word> words, int k) {
        int n = lower(words, k).equals("up") && lower(words, k + 1).equals("to") ? k + 2 : k;
        String unit = lower(words, n + 1);
        return words.size() > n && words.get(n).pos().equals("NUM") && (unit.equals("%") || unit.equals("percent"));
    }

    private static boolean barredFromEntering(List<Word> words, int i) {
        for (int k = i + 1; k < Math.min(words.size() - 1, i + 8); k++) {
            if (lower(words, k).equals("from") && ENTER.contains(lower(words, k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "placed X on its list of blocked persons", "added X to the Entity List": the list names the measure. */
    private static Optional<MeasureType> listing(List<Word> words, int i, String t) {
        if (!LISTING.contains(t)) {
            return Optional.empty();
        }
        for (int k = i + 2; k < Math.min(words.size(), i + 30); k++) {
            if (!lower(words, k).equals("list") && !lower(words, k).equals("blacklist")) {
                continue;
            }
            for (int n = Math.max(i + 1, k - 2); n <= Math.min(words.size() - 1, k + 3); n++) {
                String w = lower(words, n);
                if (w.equals("blocked") || w.equals("frozen")) {
                    return Optional.of(MeasureType.ASSET_FREEZE);
                }
                if (w.equals("entity") || w.equals("export")) {
                    return Optional.of(MeasureType.EXPORT_CONTROLS);
                }
                if (SANCTIONS.contains(w)) {
                    return Optional.of(MeasureType.SANCTIONS);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Where the measure stands, read from the nearest cue before its head (and "on hold" after it). */
    static MeasureStatus status(List<Word> words, int from, int head) {
        if (after(words, head, 6, Set.of("hold")) || after(words, head, 6, Set.of("option"))) {
            return after(words, head, 6, Set.of("hold")) ? MeasureStatus.LIFTED : MeasureStatus.CONSIDERED;
        }
        boolean threat = words.subList(0, head).stream()
                .anyMatch(w -> THREAT.contains(Lexicon.lower(w.text())) || w.is("if"));
        for (int k = head - 1; k >= from; k--) {
            String w = lower(words, k);
            if (LIFT.contains(w)) {
                return MeasureStatus.LIFTED;
            }
            if (THREAT.contains(w)) {
                return MeasureStatus.THREATENED;
            }
            if (CONSIDER.contains(w)) {
                return MeasureStatus.CONSIDERED;
            }
            if (PROPOSE.contains(w)) {
                return threat ? MeasureStatus.THREATENED : MeasureStatus.PROPOSED;
            }
            if (FUTURE.contains(w)) {
                return threat ? MeasureStatus.THREATENED : MeasureStatus.IMPOSED;
            }
        }
        return MeasureStatus.IMPOSED;
    }

    /** True for the words that name a person's or a state's own staff being shrunk or sent home. */
    static boolean isEnvoy(String word) {
        return ENVOYS.contains(word) || STAFF.contains(word);
    }

    static boolean isFacility(String word) {
        return FACILITIES.contains(word) || word.equals("mission");
    }

    private static boolean before(List<Word> words, int i, int reach, Set<String> set) {
        for (int k = Math.max(0, i - reach); k < i; k++) {
            if (set.contains(lower(words, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(List<Word> words, int i, int reach, Set<String> set) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + reach); k++) {
            if (set.contains(lower(words, k))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(List<Word> words, int i) {
        return i >= 0 && i < words.size() ? Lexicon.lower(words.get(i).text()) : "";
    }
}
