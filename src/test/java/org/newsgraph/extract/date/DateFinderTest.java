package org.newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.text.Tense;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

class DateFinderTest {
    /** The sentence sits after this much article text, so offsets must move from sentence to article. */
    private static final String BEFORE = "An earlier sentence of the article. ";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|'s|'ll|\\S");
    private static final Set<String> AUX = Set.of("will", "would", "shall", "is", "are", "was", "were", "had");
    private static final LocalDate THURSDAY = LocalDate.of(2025, 7, 10);
    private static final LocalDate FEB_19 = LocalDate.of(2025, 2, 19);

    private final DateFinder finder = new DateFinder();

    // Absolute dates

    @Test
    void find_monthDayAndYear_isThatDayWithoutPublication() {
        assertEquals(List.of("May 14, 2023=2023-05-14"),
                dates("The treaty was signed on May 14, 2023, in Oslo.", null));
        assertEquals(List.of("April 27, 2025=2025-04-27"), dates("Voting closed April 27, 2025.", null));
    }

    @Test
    void find_dayBeforeMonth_isRead() {
        assertEquals(List.of("18 February 2025=2025-02-18"), dates("Talks began on 18 February 2025.", null));
        assertEquals(List.of("18 February=2025-02-18"), dates("Talks began on 18 February.", FEB_19));
    }

    @Test
    void find_isoDate_isRead() {
        assertEquals(List.of("2016-12-30=2016-12-30"), dates("The order is dated 2016-12-30.", null));
    }

    @Test
    void find_abbreviatedMonthWithoutYear_takesYearNearPublication() {
        assertEquals(List.of("Feb. 18=2025-02-18"), dates("Envoys gathered in the capital on Feb. 18.", FEB_19));
        assertEquals(List.of("Sept. 3=2025-09-03"),
                dates("Sept. 3 is the day the council meets.", LocalDate.of(2025, 8, 28)));
    }

    @Test
    void find_fullMonthDay_isRead() {
        assertEquals(List.of("February 18=2025-02-18"), dates("The ministers talked on February 18.", FEB_19));
    }

    @Test
    void find_lateDecemberInPastNarration_fallsInPreviousYear() {
        assertEquals(List.of("Dec. 30=2024-12-30"),
                dates("The delegation arrived on Dec. 30.", LocalDate.of(2025, 1, 5)));
    }

    @Test
    void find_earlyJanuaryInPastNarration_staysBeforePublication() {
        assertEquals(List.of("Jan. 8=2025-01-08"), dates("The two leaders met on Jan. 8.", LocalDate.of(2025, 12, 20)));
    }

    @Test
    void find_earlyJanuaryInFuturePlans_isNextYear() {
        assertEquals(List.of("Jan. 8=2026-01-08"),
                dates("The two leaders will meet on Jan. 8.", LocalDate.of(2025, 12, 20)));
    }

    @Test
    void find_dateAfterUntil_isTheNearestOccurrence() {
        assertEquals(List.of("March 10=2025-03-10"), dates("The minister delayed his trip until March 10.", FEB_19));
    }

    @Test
    void find_monthDayWithoutYearOrPublication_isNothing() {
        assertEquals(List.of(), dates("The minister arrived on March 10.", null));
    }

    @Test
    void find_monthAndYear_hasMonthPrecision() {
        assertEquals(List.of("December 2016=2016-12"), dates("In December 2016, the embassy closed.", null));
        assertEquals(List.of("July 2017=2017-07"), dates("The talks resumed in July 2017.", FEB_19));
        assertEquals(List.of("March 2018=2018-03"), dates("They were expelled in March 2018.", null));
    }

    @Test
    void find_twoMonthsJoinedByAnd_areBothRead() {
        assertEquals(List.of("March=2025-03", "April=2025-04"),
                dates("The envoys met in March and April.", LocalDate.of(2025, 6, 1)));
        assertEquals(List.of(), dates("The talks in Oslo and April Jones spoke.", LocalDate.of(2025, 6, 1)));
    }

    @Test
    void find_monthAfterPreposition_hasMonthPrecisionAndInferredYear() {
        assertEquals(List.of("February=2025-02"),
                dates("The embargo was lifted in February.", LocalDate.of(2025, 6, 1)));
        assertEquals(List.of("September=2024-09"), dates("He visited the port in September.", THURSDAY));
        assertEquals(List.of("June=2026-06"), dates("The president will visit in June.", THURSDAY));
    }

    @Test
    void find_monthAfterPartOfMonthWord_hasMonthPrecision() {
        assertEquals(List.of("March=2025-03", "May=2025-05"),
                dates("Fighting eased in mid-March and resumed at the end of May.", THURSDAY));
    }

    @Test
    void find_possessiveMonthName_isAPersonNotAMonth() {
        assertEquals(List.of(), dates("Critics in May's cabinet objected.", THURSDAY));
    }

    @Test
    void find_ordinalDayOfMonth_isRead() {
        assertEquals(List.of("5th of May 2024=2024-05-05"), dates("It opened on the 5th of May 2024.", null));
    }

    @Test
    void find_dayNoMonthHas_keepsOnlyMonthAndYear() {
        assertEquals(List.of("April 2024=2024-04"), dates("He said 31 April 2024 would do.", null));
        assertEquals(List.of(), dates("He said April 31 would do.", THURSDAY));
    }

    @Test
    void find_monthWithLastOrNext_goesThatWay() {
        assertEquals(List.of("March=2025-03"), dates("The envoy will return next March.", FEB_19));
        assertEquals(List.of("February=2024-02"), dates("The envoy left last February.", FEB_19));
    }

    @Test
    void find_monthAloneWithoutPublication_isNothing() {
        assertEquals(List.of(), dates("The embargo was lifted in February.", null));
    }

    @Test
    void find_modalMay_isNoMonth() {
        assertEquals(List.of(), dates("Supplies may run out this summer, officials warned.", THURSDAY));
        assertEquals(List.of(), dates("May the talks succeed, she said.", THURSDAY));
    }

    @Test
    void find_capitalizedMonthWithoutDayYearOrPreposition_isNothing() {
        assertEquals(List.of(), dates("Protesters march 10 miles; March organizers cheered.", THURSDAY));
    }

    @Test
    void find_bareYearAsAdjective_isNothing() {
        assertEquals(List.of(), dates("Interference in the 2016 election was studied.", THURSDAY));
    }

    @Test
    void find_yearAfterTimePreposition_hasYearPrecision() {
        assertEquals(List.of("2014=2014"), dates("Ties have frayed since 2014.", null));
        assertEquals(List.of("2019=2019"), dates("The deal was signed in early 2019.", null));
    }

    @Test
    void find_numbersThatAreNoDates_areIgnored() {
        assertEquals(List.of(), dates("Tariffs rose 500% and 35 Russian diplomats left.", THURSDAY));
        assertEquals(List.of(), dates("Some 60 U.S. diplomats were expelled.", THURSDAY));
    }

    // Relative dates

    @Test
    void find_weekdayOfPublication_isPublicationDay() {
        assertEquals(List.of("Thursday=2025-07-10"), dates("The envoys spoke by phone on Thursday.", THURSDAY));
    }

    @Test
    void find_weekdayInPastNarration_isLatestBeforePublication() {
        List<DateMention> found = find("The committee voted on Tuesday.", THURSDAY, null);
        assertEquals(List.of("Tuesday=2025-07-08"), render("The committee voted on Tuesday.", found));
        assertTrue(found.get(0).relative());
    }

    @Test
    void find_weekdayInPlans_isNextAfterPublication() {
        assertEquals(List.of("Tuesday=2025-07-15"), dates("The two ministers will meet on Tuesday.", THURSDAY));
        assertEquals(List.of("Thursday=2025-07-17"), dates("The ministers are to meet Thursday.", THURSDAY));
        assertEquals(List.of("Monday=2025-07-14"), dates("She plans to fly there Monday.", THURSDAY));
    }

    @Test
    void find_weekdayBeforeLaterFutureClause_keepsItsOwnTense() {
        assertEquals(List.of("Monday=2025-07-07", "Friday=2025-07-11"),
                dates("He said on Monday that the talks would resume on Friday.", THURSDAY));
    }

    @Test
    void find_possessiveWeekday_isRead() {
        assertEquals(List.of("Tuesday=2025-07-08"), dates("Tuesday's cabinet meeting ended early.", THURSDAY));
    }

    @Test
    void find_weekdayWithNextOrLast_goesThatWay() {
        assertEquals(List.of("next Thursday=2025-07-17"), dates("A vote comes next Thursday.", THURSDAY));
        assertEquals(List.of("last Thursday=2025-07-03"), dates("A vote came last Thursday.", THURSDAY));
    }

    @Test
    void find_weekdayWithoutPublication_isNothing() {
        assertEquals(List.of(), dates("The envoys spoke on Thursday.", null));
    }

    @Test
    void find_weekdayBeforeFullDate_isOneDate() {
        assertEquals(List.of("Feb. 18=2025-02-18"), dates("They met on Tuesday, Feb. 18, in Riyadh.", FEB_19));
    }

    @Test
    void find_holidayNamedLikeWeekday_isNoWeekday() {
        assertEquals(List.of(), dates("Shops were busy on Black Friday.", THURSDAY));
    }

    @Test
    void find_todayYesterdayTomorrow_countFromPublication() {
        assertEquals(List.of("today=2025-07-10", "yesterday=2025-07-09", "tomorrow=2025-07-11"),
                dates("He spoke today, left yesterday and returns tomorrow.", THURSDAY));
    }

    @Test
    void find_dayBefore_countsFromDayAnchor() {
        PartialDate anchor = new PartialDate(2022, 3, 4);
        assertEquals(List.of("the day before=2022-03-03"),
                dates("The envoy had arrived the day before.", THURSDAY, anchor));
        assertEquals(List.of("A day earlier=2022-03-03"), dates("A day earlier, talks stalled.", THURSDAY, anchor));
        assertEquals(List.of("the previous day=2022-03-03"), dates("They met the previous day.", THURSDAY, anchor));
    }

    @Test
    void find_dayBeforeWithoutDayAnchor_countsFromPublication() {
        assertEquals(List.of("the day before=2025-07-09"), dates("The envoy had arrived the day before.", THURSDAY));
        assertEquals(List.of("the day before=2025-07-09"),
                dates("The envoy had arrived the day before.", THURSDAY, PartialDate.ofYear(2022)));
    }

    @Test
    void find_dayBeforeAnEvent_isNoAnchorDate() {
        assertEquals(List.of(), dates("They met the day before the vote.", THURSDAY, new PartialDate(2022, 3, 4)));
    }

    @Test
    void find_hoursLaterOrWithinMinutes_isTheAnchorsDay() {
        PartialDate anchor = new PartialDate(2022, 3, 4);
        assertEquals(List.of("hours later=2022-03-04"), dates("Oslo hit back hours later.", THURSDAY, anchor));
        assertEquals(List.of("within minutes=2022-03-04"), dates("Rome replied within minutes.", THURSDAY, anchor));
        assertEquals(List.of(), dates("Oslo hit back hours later.", THURSDAY));
    }

    @Test
    void find_daysAfterSomethingOrForSomeDays_isNoAnchorDate() {
        PartialDate anchor = new PartialDate(2022, 3, 4);
        assertEquals(List.of(), dates("The levy was put off for 60 days after long phone talks.", THURSDAY, anchor));
        assertEquals(List.of(), dates("Two days after fresh strikes, the envoys met.", THURSDAY, anchor));
        assertEquals(List.of("two days after=2022-03-06"),
                dates("They met again two days after, in Oslo.", THURSDAY, anchor));
    }

    @Test
    void find_nextDay_countsFromAnchorOnly() {
        PartialDate anchor = new PartialDate(2022, 3, 4);
        assertEquals(List.of("the next day=2022-03-05"), dates("Talks resumed the next day.", THURSDAY, anchor));
        assertEquals(List.of("Two days later=2022-03-06"), dates("Two days later, talks resumed.", THURSDAY, anchor));
        assertEquals(List.of(), dates("Talks resumed the next day.", THURSDAY));
    }

    @Test
    void find_lastNextThisMonth_hasMonthPrecision() {
        assertEquals(List.of("last month=2025-06", "next month=2025-08"),
                dates("Trade fell last month and may recover next month.", THURSDAY));
        assertEquals(List.of("earlier this month=2025-07"), dates("The ban began earlier this month.", THURSDAY));
        assertEquals(List.of("last month=2024-12"), dates("Trade fell last month.", LocalDate.of(2025, 1, 3)));
    }

    @Test
    void find_lastNextThisYear_hasYearPrecision() {
        assertEquals(List.of("last year=2024", "this year=2025", "next year=2026"),
                dates("Sales fell last year, rose this year and will rise next year.", THURSDAY));
    }

    @Test
    void find_spanOfTimeCalledLastYear_isNothing() {
        assertEquals(List.of(), dates("Prices doubled over the past year and the last year.", THURSDAY));
    }

    @Test
    void find_weeks_areNothing() {
        assertEquals(List.of(), dates("Talks stalled last week and resume next week.", THURSDAY));
    }

    @Test
    void find_daysAgo_countsBackFromPublication() {
        assertEquals(List.of("three days ago=2025-07-07"), dates("The ship sank three days ago.", THURSDAY));
        assertEquals(List.of("10 days ago=2025-06-30"), dates("The ship sank 10 days ago.", THURSDAY));
    }

    @Test
    void find_relativeWithoutPublication_isNothing() {
        assertEquals(List.of(), dates("Trade fell yesterday, last month and three days ago.", null));
    }

    @Test
    void find_inferredYear_isNotRelative() {
        List<DateMention> found = find("Envoys gathered on Feb. 18.", FEB_19, null);
        assertEquals(1, found.size());
        assertFalse(found.get(0).relative());
    }

    // Tense

    @Test
    void tense_nearestCue_decides() {
        assertEquals(Tense.FUTURE, tense("The leaders are expected to meet on Tuesday.", "Tuesday"));
        assertEquals(Tense.FUTURE, tense("On Tuesday, the leaders will meet.", "Tuesday"));
        assertEquals(Tense.PAST, tense("Putin, who met Xi on Monday, will visit India.", "Monday"));
        assertEquals(Tense.PRESENT, tense("Talks on Tuesday.", "Tuesday"));
    }

    private Tense tense(String text, String word) {
        Sentence sentence = sentence(text);
        int start = sentence.start() + text.indexOf(word);
        return Tense.around(sentence.tokens(), start, start + word.length());
    }

    private List<String> dates(String text, LocalDate published) {
        return dates(text, published, null);
    }

    private List<String> dates(String text, LocalDate published, PartialDate anchor) {
        return render(text, find(text, published, anchor));
    }

    private List<DateMention> find(String text, LocalDate published, PartialDate anchor) {
        return finder.find(sentence(text), published, anchor);
    }

    /** Each mention as its article text and date, which checks the offsets and the resolution at once. */
    private static List<String> render(String text, List<DateMention> mentions) {
        String article = BEFORE + text;
        return mentions.stream().map(d -> article.substring(d.start(), d.end()) + "=" + d.date()).toList();
    }

    private static Sentence sentence(String text) {
        int start = BEFORE.length();
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String pos = AUX.contains(lower) ? "AUX" : lower.endsWith("ed") ? "VERB" : "X";
            tokens.add(Token.of(word, start + m.start(), start + m.end(), pos, lower));
        }
        return new Sentence(1, start, start + text.length(), text, tokens);
    }
}
