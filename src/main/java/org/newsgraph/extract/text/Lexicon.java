package org.newsgraph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;

/**
 * Word lists the recognizers use: titles and role nouns (ours), organization keywords (ours) and first names.
 * First names come from the GATE ANNIE gazetteer ({@code uk.ac.gate.plugins:annie} on Maven Central): about
 * 10,000 male and female given names across many languages, curated for named-entity recognition for two
 * decades, read from its jar at run time so we neither copy nor maintain them.
 */
public final class Lexicon {
    /** Titles that stand before a name, lowercase, longest forms first where they share a head. */
    static final List<String> TITLES = List.of(
            "secretary of state", "secretary of defense", "secretary of the treasury", "secretary of commerce",
            "secretary-general", "secretary general", "undersecretary of state", "deputy secretary of state",
            "vice president", "president-elect", "president", "prime minister-designate", "prime minister",
            "deputy prime minister", "first deputy prime minister", "premier", "chancellor", "vice chancellor",
            "foreign minister", "deputy foreign minister", "vice foreign minister", "defense minister",
            "defence minister", "finance minister", "interior minister", "trade minister", "economy minister",
            "energy minister", "justice minister", "health minister", "oil minister", "minister of state",
            "minister", "foreign secretary", "home secretary", "defense secretary", "defence secretary",
            "treasury secretary", "commerce secretary", "homeland security secretary", "energy secretary",
            "war secretary", "press secretary", "secretary", "national security adviser", "national security advisor",
            "deputy national security adviser", "security adviser", "presidential adviser", "senior adviser",
            "adviser", "advisor", "special presidential envoy", "presidential envoy", "special envoy", "envoy",
            "ambassador", "spokesperson", "spokesman", "spokeswoman", "press secretary", "communications director",
            "chief of staff", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "gov.",
            "governor", "mayor", "speaker", "general", "gen.", "lt. gen.", "maj. gen.", "admiral", "adm.",
            "senior general", "vice senior general", "lieutenant general", "major general", "brigadier general",
            "field marshal", "marshal", "colonel", "col.", "state counsellor", "state counselor", "acting president",
            "interim president", "chief adviser",
            "commander", "chairman", "chairwoman", "chair", "chief executive", "ceo", "director", "director-general",
            "director general", "high representative", "commissioner", "king", "queen", "crown prince", "prince",
            "princess", "emir", "sheikh", "sultan", "pope", "ayatollah", "supreme leader", "attorney general",
            "chief justice", "judge", "leader", "opposition leader", "head", "chief", "reporter", "correspondent",
            "photographer", "editor", "chairperson", "owner", "founder", "president of the european commission",
            "foreign policy chief", "top diplomat", "vice-president", "negotiator", "chief negotiator", "tycoon", "businessman", "businesswoman", "oligarch",
            "billionaire", "member", "undersecretary", "under secretary", "prosecutor", "official");

    /** Nouns that mark the name after them as a person without being an office ("his Iranian counterpart, X"). */
    /** Articles and possessive determiners that may open a noun phrase before a role or a name. */
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    public static final Set<String> PERSON_NOUNS = Set.of("counterpart", "counterparts", "successor", "predecessor",
            "deputy", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "lawyer", "aide",
            "colleague", "rival", "opponent", "ally");

    /** Abbreviated titles and the full words the position records carry. */
    static final Map<String, String> TITLE_EXPANSIONS = Map.of(
            "sen.", "Senator", "rep.", "Representative", "gov.", "Governor", "gen.", "General", "adm.", "Admiral",
            "lt. gen.", "Lieutenant General", "maj. gen.", "Major General", "col.", "Colonel");

    /** Words before a name that make it a person but are no office. */
    public static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir",
            "dame", "lord", "lady");

    /**
     * Forms of address written between a title and a name or inside a name's span, lowercase: "H.E", "Hon",
     * "Her Excellency", "the Right Honourable", "Dr.".
     */
    public static final Set<String> FORMS_OF_ADDRESS = Set.of("hon", "hon.", "rt", "rt.", "right", "honourable",
            "honorable", "h.e", "h.e.", "excellency", "his", "her", "the", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "dr", "dr.", "sir", "dame", "lord", "lady", "prof", "prof.", "professor");

    /** Last words that make a capitalized phrase an organization. */
    public static final Set<String> ORG_KEYWORDS = Set.of("Ministry", "Department", "Council", "Fund", "Agency", "News",
            "Bank", "Organization", "Organisation", "Commission", "Committee", "Party", "Corporation", "Corp.",
            "Inc.", "Institute", "University", "Office", "Court", "Parliament", "Assembly", "Union", "Forum",
            "Association", "Service", "Administration", "Authority", "Guard", "Army", "Navy", "Forces", "Bureau",
            "Foundation", "Group", "Company", "Times", "Post", "Journal", "Press", "Television", "Broadcasting",
            "Network", "Airlines", "Reserve", "Secretariat", "Command", "Directorate", "Alliance", "Front",
            "Movement", "Coalition", "Federation", "Board", "Club", "Chamber", "Tribunal", "Force", "Community",
            "Academy", "Center", "Centre");

    /** Verbs whose subject is a speaker. */
    public static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "note", "explain", "remark",
            "respond", "reply", "write", "announce", "insist", "warn", "argue", "claim", "declare", "stress",
            "emphasize", "comment", "confirm", "deny", "acknowledge", "caution", "urge", "mention");

    /** Capitalized words that start no name: months, days and sentence openers the tagger calls proper nouns. */
    public static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
            "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "As",
            "If", "When", "While", "After", "Before", "During", "Since", "Following", "According", "It", "He",
            "She", "They", "We", "I", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "SEE",
            "ALSO", "Easter", "Christmas", "Ramadan", "Eid", "God", "Western", "Eastern", "European", "Asian",
            "African", "Arab", "Latin", "Middle", "East", "West", "North", "South", "Gulf", "Europe", "Asia",
            "Africa", "America", "Americas", "Pacific", "Atlantic", "Arctic", "Indo");

    private static final Set<String> FIRST_NAMES = loadFirstNames();

    private Lexicon() {
    }

    public static boolean isFirstName(String word) {
        return FIRST_NAMES.contains(word);
    }

    private static Set<String> loadFirstNames() {
        Set<String> names = new HashSet<>();
        for (String list : List.of("person_male.lst", "person_female.lst")) {
            String resource = "/resources/gazetteer/" + list;
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NewsGraphException("first-name list " + resource + " is not on the classpath");
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip)
                        .filter(s -> s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !s.contains(" "))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new NewsGraphException("cannot read first-name list " + resource + ": " + e.getMessage(), e);
            }
        }
        names.removeAll(NOT_NAMES);
        return Set.copyOf(names);
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
