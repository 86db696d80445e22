package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * Every research query of {@code queries/} on the store built from {@code samples/}: each returns the rows the
 * sample articles state (samples/EXPECTED.md). The federated ones are in {@link FederatedQueriesIT}.
 */
class QueryLibraryIT {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingestSamples() {
        store = SampleStore.ingested(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The query's rows as CSV records: column name to value. */
    static List<Map<String, String>> records(Store on, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        on.query(sparql, ResultFormat.CSV, out);
        return Csv.parse(out.toString(StandardCharsets.UTF_8));
    }

    /** The query's rows as CSV records, each reduced to the named columns joined by " | ". */
    static List<String> rows(Store on, String sparql, String... columns) {
        List<Map<String, String>> table = records(on, sparql);
        List<String> rows = new ArrayList<>();
        for (Map<String, String> record : table) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                assertTrue(record.containsKey(c), "no column " + c + " in " + record.keySet());
                cells.add(record.get(c));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private static List<String> run(String file, String... columns) throws IOException {
        return rows(store, Files.readString(Path.of("queries", file)), columns);
    }

    /** Runs a library query with its parameter line edited, as a researcher would. */
    private static List<String> runWith(String file, String values, String replacement, String... columns)
            throws IOException {
        String query = Files.readString(Path.of("queries", file));
        assertTrue(query.contains(values), file + " has no line " + values);
        return rows(store, query.replace(values, replacement), columns);
    }

    @Test
    void personMeetings_trumpMetPutinInAnchorage_afterItWasPlanned_withTheSentence() throws IOException {
        List<String> rows = run("person-meetings.rq", "date", "otherName", "placeName", "status", "articleId");
        assertTrue(rows.contains("2025-08-15 | Vladimir Putin |  | planned | trump-putin-alaska-summit-announced"),
                rows.toString());
        assertTrue(rows.contains("2025-08-15 | Vladimir Putin | Anchorage | happened | trump-putin-anchorage-talks"),
                rows.toString());
        assertTrue(run("person-meetings.rq", "evidence").contains("Donald Trump and Vladimir Putin met for close to three hours at a military base in Anchorage on Friday, but the U.S."
                + " and Russian presidents left without an agreement to halt the war in Ukraine."), "evidence sentence");
    }

    @Test
    void countryPairsByMonth_countTheMeetingsOfTheCountriesPeopleRepresent() throws IOException {
        // the samples tell of Witkoff, then Trump, meeting Putin in August 2025, and of Doval meeting Putin
        List<String> rows = run("country-pairs-by-month.rq", "month", "countryA", "countryB", "meetings");
        assertTrue(rows.contains("2025-08 | India | Russia | 1"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2025-08 | Russia | United States | ")), rows.toString());
        assertTrue(rows.stream().map(r -> r.split(" \\| ")).allMatch(r -> r[1].compareTo(r[2]) < 0),
                "each pair once, in order: " + rows);
    }

    @Test
    void measuresBetweenCountries_usAndChina_overTime() throws IOException {
        List<String> rows = runWith("measures-between-countries.rq", "VALUES (?fromParam ?toParam) { (UNDEF UNDEF) }",
                "VALUES (?fromParam ?toParam) { (id:Q30 id:Q148) (id:Q148 id:Q30) }",
                "date", "imposer", "target", "measure", "status", "articles");
        assertTrue(rows.contains("2024-11-25 | United States | China | tariffs | threatened | 1"), rows.toString());
        assertTrue(rows.contains("2025-02-04 | United States | China | tariffs | imposed | 1"), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.contains(" | United States | China | ")
                || r.contains(" | China | United States | ")), "only the pair asked for: " + rows);
        List<String> dates = rows.stream().map(r -> r.substring(0, r.indexOf(" |"))).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "over time");
    }

    @Test
    void threatsCarriedOut_usTariffThreatOnIndia_imposedTwoDaysLater() throws IOException {
        List<String> rows = run("threats-carried-out.rq", "imposer", "target", "measure", "threatened", "imposed",
                "threatArticle", "imposedArticle");
        assertTrue(rows.contains("United States | India | tariffs | 2025-08-04 | 2025-08-06"
                + " | us-warns-india-tariffs-russian-oil | us-doubles-india-tariffs"), rows.toString());
        assertTrue(rows.contains("United States | China | tariffs | 2024-11-25 | 2025-02-04"
                + " | trump-threatens-tariffs-china-mexico-canada | us-china-tariffs-take-effect"), rows.toString());
        for (String row : rows) {
            String[] r = row.split(" \\| ");
            assertTrue(r[3].compareTo(r[4]) <= 0, "carried out after the threat: " + row);
        }
    }

    @Test
    void titlesPerPerson_giveFirstAndLastSeenByPublicationDate() throws IOException {
        List<String> rows = run("titles-per-person.rq", "name", "title", "firstSeen", "lastSeen", "articles");
        assertTrue(rows.contains("Volodymyr Zelenskyy | President | 2025-08-09 | 2025-08-16 | 2"), rows.toString());
        assertTrue(rows.contains("Justin Trudeau | Prime Minister | 2024-10-15 | 2025-02-04 | 2"), rows.toString());
        assertTrue(rows.contains("Steve Witkoff | special envoy | 2025-08-09 | 2025-08-09 | 1"), rows.toString());
    }

    @Test
    void quotesAboutCountry_zelenskyyOnUkraine() throws IOException {
        assertEquals(List.of("Volodymyr Zelenskyy | Ukraine | Ukrainians will not give their land to the occupier,"
                + " | 2025-08-09 | Northline Wire"),
                run("quotes-about-country.rq", "speakerName", "countryName", "text", "published", "publisher"));
    }

    @Test
    void corroboratedFacts_theAnchorageMeetingIsToldByTwoPublishers() throws IOException {
        List<String> rows = run("corroborated-facts.rq", "type", "about", "publishers", "publisherNames");
        assertTrue(rows.contains("Meeting | Donald Trump, Vladimir Putin | 2 | Northline Wire | Harbor Daily")
                || rows.contains("Meeting | Donald Trump, Vladimir Putin | 2 | Harbor Daily | Northline Wire"),
                rows.toString());
        rows.forEach(r -> assertTrue(Integer.parseInt(r.split(" \\| ")[2]) >= 2, r));
    }

    @Test
    void plannedThenHeld_alaskaSummitAnnouncedThenReported() throws IOException {
        assertEquals(List.of("2025-08-15 | Donald Trump, Vladimir Putin | trump-putin-alaska-summit-announced"
                + " | 2025-08-09 | trump-putin-anchorage-talks | 2025-08-16"),
                run("planned-then-held.rq", "date", "participants", "announcedIn", "announcedOn", "reportedIn",
                        "reportedOn"));
    }

    @Test
    void auditFact_leadsToTheOffsetsOfTheSentenceInTheText() throws IOException {
        String values = "VALUES ?fact { UNDEF }";
        String tariffs = "VALUES ?fact { id:msr-f94fa22122916aed }";
        List<String> rows = runWith("audit-fact.rq", values, tariffs, "articleId", "url", "begin", "end",
                "extractorVersion");
        assertEquals(List.of("us-doubles-india-tariffs"
                + " | https://news.example.org/summit-times/2025/08/07/us-doubles-india-tariffs | 62 | 265 | "
                + NewsGraph.VERSION), rows);
        String text = Files.readString(Path.of("samples", "us-doubles-india-tariffs.txt"));
        String snippet = runWith("audit-fact.rq", values, tariffs, "snippet").get(0);
        int begin = text.offsetByCodePoints(0, 62);
        assertEquals(text.substring(begin, text.offsetByCodePoints(begin, 265 - 62)), snippet);
        assertTrue(snippet.contains("imposed an additional 25% tariff on India"), snippet);
    }

    @Test
    void entityFacts_trumpsMeetingWithPutin_comesWithItsDateOthersAndSentence() throws IOException {
        List<String> rows = run("entity-facts.rq", "date", "what", "others", "articleId");
        assertTrue(rows.contains("2025-08-15 | in-person (happened) in Anchorage with | Vladimir Putin"
                + " | trump-putin-anchorage-talks"), rows.toString());
        List<Map<String, String>> facts = records(store, Files.readString(Path.of("queries", "entity-facts.rq")));
        assertTrue(facts.stream().allMatch(f -> !f.get("sentence").isBlank()), "every fact has its sentence");
    }

    @Test
    void describe_ofAFactOrAPerson_showsWhatItsEvidenceSays_notJustTheEvidenceIris() {
        ByteArrayOutputStream meeting = new ByteArrayOutputStream();
        store.query("PREFIX nk: <https://w3id.org/newsgraph/ns#> PREFIX schema: <http://schema.org/>"
                + " DESCRIBE ?m WHERE { ?m a nk:Meeting ; nk:participant <https://w3id.org/newsgraph/id/Q22686> ;"
                + " schema:location <https://w3id.org/newsgraph/id/Q39450> }", ResultFormat.TEXT, meeting);
        ByteArrayOutputStream person = new ByteArrayOutputStream();
        store.query("DESCRIBE <https://w3id.org/newsgraph/id/Q22686>", ResultFormat.TEXT, person);

        String turtle = meeting.toString(StandardCharsets.UTF_8);
        assertTrue(turtle.contains("Donald Trump and Vladimir Putin met for close to three hours"), turtle);
        assertTrue(person.toString(StandardCharsets.UTF_8).contains("\"Donald Trump\""), "the mention's words");
    }

    @Test
    void coMentions_countTheArticlesThatNameBoth() throws IOException {
        List<String> rows = run("co-mentions.rq", "nameA", "nameB", "articles");
        assertTrue(rows.contains("Donald Trump | Vladimir Putin | 3"), rows.toString());
        assertTrue(rows.contains("India | Russia | 2"), rows.toString());
        assertTrue(rows.contains("Canada | India | 1"), rows.toString());
    }

    /** A small reader for the CSV of SPARQL results (RFC 4180: quoted fields, doubled quotes, CRLF). */
    static final class Csv {
        private Csv() {
        }

        static List<Map<String, String>> parse(String csv) {
            List<List<String>> records = records(csv);
            List<Map<String, String>> out = new ArrayList<>();
            for (List<String> r : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < records.get(0).size(); i++) {
                    row.put(records.get(0).get(i), i < r.size() ? r.get(i) : "");
                }
                out.add(row);
            }
            return out;
        }

        private static List<List<String>> records(String csv) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < csv.length(); i++) {
                char c = csv.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            return records;
        }
    }
}
