package org.newsgraph.extract.measure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.syntax.Tree;
import org.newsgraph.model.MeasureType;
import org.newsgraph.model.Token;

/**
 * The vocabulary of punitive measures, by lemma: the verbs that take a measure themselves ("sanctioned X",
 * "expelled"), the nouns that name one ("sanctions", "restrictive measures", "visa restrictions") and the light verbs
 * that impose a named one ("imposed sanctions on", "announced a package of sanctions").
 */
final class MeasureWords {
    /** Verbs whose object is the target of sanctions. */
    private static final Set<String> DESIGNATE = Set.of("sanction", "designate", "blacklist", "target", "list");
    private static final Set<String> NOUN_LEMMAS = Set.of("sanction", "designation", "listing", "tariff", "duty",
            "levy", "surtax", "surcharge", "measure", "restriction", "penalty", "curb", "control", "ban", "embargo",
            "expulsion", "freeze");
    private static final Set<String> SANCTION_NOUNS = Set.of("sanction", "designation", "listing");
    private static final Set<String> TARIFF_NOUNS = Set.of("tariff", "duty", "levy", "surtax", "surcharge");
    /** General nouns that name a measure only with a word that makes them punitive: "restrictive measures". */
    private static final Set<String> GENERAL = Set.of("measure", "restriction", "penalty", "curb", "control", "ban");
    private static final Set<String> PUNITIVE = Set.of("restrictive", "punitive", "retaliatory", "economic",
            "financial", "targeted", "countermeasure");
    private static final Set<String> NEW = Set.of("new", "fresh", "further", "additional", "own");
    private static final Set<String> TRADE_REMEDIES = Set.of("dumping", "anti-dumping", "antidumping",
            "countervailing", "anti-subsidy", "safeguard");
    private static final Set<String> TRAVEL = Set.of("visa", "travel", "entry");
    private static final Set<String> EXPORT = Set.of("export", "exports", "trade", "technology", "chip", "shipment");
    /** Verbs that impose a measure named by their object ("imposed sanctions", "slapped tariffs"). */
    static final Set<String> LIGHT_VERBS = Set.of("impose", "announce", "approve", "adopt", "slap", "levy", "unveil",
            "introduce", "place", "put", "apply", "enact", "issue", "extend", "expand", "add", "agree", "implement",
            "roll", "hit", "broaden", "tighten", "renew", "order", "take", "face", "use", "enforce", "maintain");
    /** Verbs that end or ease a measure named by their object. */
    static final Set<String> LIFT_VERBS = Set.of("lift", "ease", "remove", "revoke", "terminate", "suspend", "pause",
            "waive", "rescind", "drop", "end", "scrap", "relax", "delay", "postpone", "withdraw", "repeal");
    /** Nouns that count or package measures: "a wave of sanctions", "a new tranche of 23 sanctions". */
    static final Set<String> QUANTITIES = Set.of("wave", "tranche", "package", "round", "set", "series", "raft",
            "batch", "slate", "list", "number", "use", "lifting", "imposition", "threat", "possibility", "risk");
    /** Nouns for the diplomats, staff or posts an expulsion or closure reaches. */
    static final Set<String> ENVOYS = Set.of("diplomat", "ambassador", "envoy", "attache", "staff", "personnel",
            "employee", "consul");
    static final Set<String> FACILITIES = Set.of("consulate", "embassy", "mission", "post", "office");
    private static final Set<String> CLOSE = Set.of("close", "shut", "closure", "shutter");
    private static final Set<String> ASSETS = Set.of("asset", "property", "fund", "holding");
    private static final Set<String> FREEZE = Set.of("freeze", "block", "seize");
    private static final Set<String> LISTING = Set.of("place", "put", "add");
    private static final Set<String> RESTRICT = Set.of("ban", "restrict", "prohibit", "halt", "curb", "block",
            "suspend", "limit");
    private static final Set<String> ENTER = Set.of("enter", "travel", "visit", "entry");
    private static final Set<String> VERB_LEMMAS = Set.of("sanction", "designate", "blacklist", "target", "list",
            "expel", "freeze", "froze", "block", "seize", "bar", "ban", "close", "shut", "shutter", "charge", "place",
            "put", "add", "declare", "impose", "restrict", "prohibit", "halt", "curb", "suspend", "limit", "lift",
            "ease", "remove", "revoke", "terminate", "pause", "waive", "rescind", "scrap", "relax", "repeal");

    private MeasureWords() {
    }

    /**
     * The forms a word's base form may take: its lemma and the stems of its text, since the lemmatizer misses some
     * inflections ("expelled" to "expelle", "barred" kept as is).
     */
    static List<String> bases(Token t) {
        String text = t.text().toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> out = new java.util.ArrayList<>(List.of(t.lemma().toLowerCase(java.util.Locale.ROOT),
                text));
        for (String suffix : List.of("ing", "ed", "es", "s", "d")) {
            if (text.length() > suffix.length() + 2 && text.endsWith(suffix)) {
                String stem = text.substring(0, text.length() - suffix.length());
                out.add(stem);
                int n = stem.length();
                if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    out.add(stem.substring(0, n - 1)); // "expelled", "barred", "banned"
                }
            }
        }
        return out;
    }

    /** Whether word {@code i}'s base form is one of {@code lemmas}. */
    static boolean is(Tree t, int i, Set<String> lemmas) {
        return bases(t.token(i)).stream().anyMatch(lemmas::contains);
    }

    /** The word's base form among {@code lemmas}, else its lemma. */
    static String base(Tree t, int i, Set<String> lemmas) {
        return bases(t.token(i)).stream().filter(lemmas::contains).findFirst().orElse(t.lemma(i));
    }

    /**
     * Whether a word may name a measure, or the diplomats one reaches ("ordered the mission to shrink its
     * personnel"): its sentence is worth parsing.
     */
    static boolean isTrigger(Token t) {
        return bases(t).stream().anyMatch(b -> VERB_LEMMAS.contains(b) || NOUN_LEMMAS.contains(b)
                || ENVOYS.contains(b) || b.equals("closure") || b.equals("persona") || b.equals("threaten"));
    }

    /** The measure word {@code i} names as a noun, reading its modifiers: "visa restrictions", "restrictive measures". */
    static Optional<MeasureType> noun(Tree t, int i) {
        String lemma = base(t, i, NOUN_LEMMAS);
        if (!isNoun(t.token(i))) {
            return Optional.empty();
        }
        if (SANCTION_NOUNS.contains(lemma)) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        if (TARIFF_NOUNS.contains(lemma) || lemma.equals("measure") && hasModifier(t, i, TRADE_REMEDIES)) {
            return Optional.of(MeasureType.TARIFFS);
        }
        if (lemma.equals("embargo")) {
            return Optional.of(MeasureType.EMBARGO);
        }
        if (lemma.equals("expulsion")) {
            return Optional.of(MeasureType.EXPULSION);
        }
        if (lemma.equals("closure") && t.children(i, Set.of("prep")).stream().anyMatch(p -> t.lemma(p).equals("of")
                && t.children(p, Set.of("pobj")).stream().anyMatch(o -> FACILITIES.contains(t.lemma(o))))) {
            return Optional.of(MeasureType.FACILITY_CLOSURE); // "ordered the closure of X's consulate"
        }
        if (lemma.equals("freeze") && hasModifier(t, i, ASSETS)) {
            return Optional.of(MeasureType.ASSET_FREEZE);
        }
        if (GENERAL.contains(lemma) && !lemma.equals("measure") && hasModifier(t, i, TRAVEL)) {
            return Optional.of(MeasureType.VISA_BAN);
        }
        if (GENERAL.contains(lemma) && hasModifier(t, i, EXPORT)) {
            return Optional.of(MeasureType.EXPORT_CONTROLS);
        }
        if (GENERAL.contains(lemma) && hasModifier(t, i, PUNITIVE)) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        boolean against = t.children(i, Set.of("prep")).stream().anyMatch(p -> t.lemma(p).equals("against"));
        if (lemma.equals("measure") && against && (hasModifier(t, i, NEW) || t.children(i, Set.of("poss")).stream()
                .anyMatch(p -> t.children(p).stream().anyMatch(c -> t.lemma(c).equals("own"))))) {
            return Optional.of(MeasureType.SANCTIONS); // "its own measures against X", "fresh measures against"
        }
        return Optional.empty();
    }

    /** The measure a verb takes itself: "sanctioned X", "expelled 60 diplomats", "froze the assets of X". */
    static Optional<MeasureType> verb(Tree t, int i) {
        if (!t.token(i).pos().equals("VERB") && !t.token(i).tag().startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = base(t, i, VERB_LEMMAS);
        if (DESIGNATE.contains(lemma)) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        if (lemma.equals("expel")) {
            return Optional.of(MeasureType.EXPULSION);
        }
        List<Integer> objects = t.children(i, Set.of("dobj", "nsubjpass"));
        if ((FREEZE.contains(lemma) || lemma.equals("froze")) && objects.stream().anyMatch(o -> ASSETS.contains(t.lemma(o)))) {
            return Optional.of(MeasureType.ASSET_FREEZE);
        }
        if ((lemma.equals("bar") || lemma.equals("ban")) && entering(t, i)) {
            return Optional.of(MeasureType.VISA_BAN);
        }
        if (CLOSE.contains(lemma) && objects.stream().anyMatch(o -> FACILITIES.contains(t.lemma(o)))) {
            return Optional.of(MeasureType.FACILITY_CLOSURE);
        }
        return otherVerb(t, i, lemma, objects);
    }

    /**
     * "will charge 20% on X", "placed X on its list of blocked persons", "declared persona non grata", "the
     * measures the United States has imposed on X".
     */
    private static Optional<MeasureType> otherVerb(Tree t, int i, String lemma, List<Integer> objects) {
        if (lemma.equals("charge") && objects.stream().anyMatch(o -> t.token(o).text().endsWith("%")
                || t.lemma(o).equals("percent"))) {
            return Optional.of(MeasureType.TARIFFS);
        }
        if (LISTING.contains(lemma)) {
            return listed(t, i);
        }
        if (t.children(i).stream().anyMatch(c -> t.lemma(c).equals("grata")
                || t.children(c).stream().anyMatch(g -> t.lemma(g).equals("persona")))) {
            return Optional.of(MeasureType.EXPULSION);
        }
        if (lemma.equals("impose") && t.is(i, "relcl") && GENERAL.contains(t.lemma(t.head(i)))) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        boolean pronoun = objects.stream().anyMatch(o -> t.token(o).tag().equals("PRP"));
        if (is(t, i, LIFT_VERBS) && pronoun) {
            return Optional.of(MeasureType.SANCTIONS); // "then lifted them": the measure told before
        }
        if (RESTRICT.contains(lemma) && objects.stream().anyMatch(o -> EXPORT.contains(t.lemma(o)))) {
            return Optional.of(MeasureType.EXPORT_CONTROLS); // "banned exports of rare earths to X"
        }
        return Optional.empty();
    }

    /** "placed X on its list of blocked persons", "added Y to the Entity List": the list names the measure. */
    private static Optional<MeasureType> listed(Tree t, int i) {
        for (int p : t.children(i, Set.of("prep"))) {
            for (int list : t.children(p, Set.of("pobj"))) {
                if (!t.lemma(list).equals("list") && !t.lemma(list).equals("blacklist")) {
                    continue;
                }
                String words = t.lemma(list) + " " + String.join(" ", java.util.stream.IntStream.range(
                        t.subtreeStart(list), t.subtreeEnd(list)).mapToObj(t::lemma).toList());
                if (words.contains("block") || words.contains("frozen") || words.contains("freeze")) {
                    return Optional.of(MeasureType.ASSET_FREEZE);
                }
                if (words.contains("entity") || words.contains("export")) {
                    return Optional.of(MeasureType.EXPORT_CONTROLS);
                }
                return Optional.of(MeasureType.SANCTIONS);
            }
        }
        return Optional.empty();
    }

    /** "barred X from entering the country". */
    private static boolean entering(Tree t, int i) {
        for (int p : t.children(i, Set.of("prep"))) {
            if (t.lemma(p).equals("from") && t.children(p).stream().anyMatch(c -> is(t, c, ENTER))) {
                return true;
            }
        }
        return false;
    }

    static boolean isClosure(String lemma) {
        return CLOSE.contains(lemma);
    }

    static boolean isEnvoy(String lemma) {
        return ENVOYS.contains(lemma);
    }

    static boolean isFacility(String lemma) {
        return FACILITIES.contains(lemma);
    }

    static boolean isDesignation(String lemma) {
        return DESIGNATE.contains(lemma);
    }

    private static boolean hasModifier(Tree t, int i, Set<String> lemmas) {
        for (int c : t.children(i, Set.of("compound", "nmod", "amod"))) {
            String l = t.lemma(c);
            if (lemmas.contains(l) || lemmas.contains(t.token(c).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoun(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.tag().startsWith("NN");
    }
}
