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
    private static final Set<String> SANCTION_NOUNS = Set.of("sanction", "designation", "listing");
    private static final Set<String> TARIFF_NOUNS = Set.of("tariff", "duty", "levy", "surtax", "surcharge");
    /** General nouns that name a measure only with a word that makes them punitive: "restrictive measures". */
    private static final Set<String> GENERAL = Set.of("measure", "restriction", "penalty", "curb", "control", "ban");
    private static final Set<String> PUNITIVE = Set.of("restrictive", "punitive", "retaliatory", "economic",
            "financial", "targeted", "countermeasure");
    private static final Set<String> TRADE_REMEDIES = Set.of("dumping", "anti-dumping", "antidumping",
            "countervailing", "anti-subsidy", "safeguard");
    private static final Set<String> TRAVEL = Set.of("visa", "travel", "entry");
    private static final Set<String> EXPORT = Set.of("export", "exports", "trade", "technology", "chip");
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
    private static final Set<String> ENTER = Set.of("enter", "travel", "visit", "entry");

    private MeasureWords() {
    }

    /** Whether a lemma may name a measure: the sentence is worth parsing. */
    static boolean isTriggerLemma(String lemma) {
        return DESIGNATE.contains(lemma) || SANCTION_NOUNS.contains(lemma) || TARIFF_NOUNS.contains(lemma)
                || lemma.equals("embargo") || lemma.equals("expel") || lemma.equals("expulsion")
                || FREEZE.contains(lemma) || lemma.equals("bar") || lemma.equals("ban") || CLOSE.contains(lemma)
                || lemma.equals("measure") || lemma.equals("restriction") || lemma.equals("control")
                || lemma.equals("persona");
    }

    /** The measure word {@code i} names as a noun, reading its modifiers: "visa restrictions", "restrictive measures". */
    static Optional<MeasureType> noun(Tree t, int i) {
        String lemma = t.lemma(i);
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
        return Optional.empty();
    }

    /** The measure a verb takes itself: "sanctioned X", "expelled 60 diplomats", "froze the assets of X". */
    static Optional<MeasureType> verb(Tree t, int i) {
        if (!t.token(i).pos().equals("VERB") && !t.token(i).tag().startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = t.lemma(i);
        if (DESIGNATE.contains(lemma)) {
            return Optional.of(MeasureType.SANCTIONS);
        }
        if (lemma.equals("expel")) {
            return Optional.of(MeasureType.EXPULSION);
        }
        List<Integer> objects = t.children(i, Set.of("dobj", "nsubjpass"));
        if (FREEZE.contains(lemma) && objects.stream().anyMatch(o -> ASSETS.contains(t.lemma(o)))) {
            return Optional.of(MeasureType.ASSET_FREEZE);
        }
        if ((lemma.equals("bar") || lemma.equals("ban")) && entering(t, i)) {
            return Optional.of(MeasureType.VISA_BAN);
        }
        if (CLOSE.contains(lemma) && objects.stream().anyMatch(o -> FACILITIES.contains(t.lemma(o)))) {
            return Optional.of(MeasureType.FACILITY_CLOSURE);
        }
        return Optional.empty();
    }

    /** "barred X from entering the country". */
    private static boolean entering(Tree t, int i) {
        for (int p : t.children(i, Set.of("prep"))) {
            if (t.lemma(p).equals("from") && t.children(p).stream().anyMatch(c -> ENTER.contains(t.lemma(c)))) {
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
