package org.newsgraph.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.text.Tense;
import org.newsgraph.model.PartialDate;

/**
 * Date expressions that name no date by themselves: weekdays, "yesterday", "last month", "three days ago" (from
 * the publication date) and "the day before", "a day later" (from the anchor). Weeks are not dates here: no
 * precision fits them, so "last week" yields nothing.
 */
final class RelativeDates {
    private static final String COUNT = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}";
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(Map.entry("the", 1), Map.entry("a", 1),
            Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    // Holidays named after a weekday are not that week's day.
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<!(?:Good|Black|Super|Ash|Holy|Cyber|Bloody|Maundy|Easter)\\s)\\b(?:(?<modifier>[Ll]ast|[Nn]ext|[Tt]his"
                    + "|[Cc]oming)\\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern NAMED_DAY = Pattern.compile("(?i)\\b(?<day>today|tonight|yesterday|tomorrow"
            + "|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b");
    /**
     * Days counted from the anchor. "The day before the vote" counts from the vote, not from the anchor, so
     * before/after must not be followed by what they are before or after ("after separate talks" too); "for 30
     * days after" is how long, not when.
     */
    private static final String NOT_OBJECT = "(?!\\s+[\\p{L}\\d])";
    private static final Pattern DAYS_APART = Pattern.compile("(?i)(?<!\\bfor\\s)\\b(?<count>the|" + COUNT
            + ")\\s+(?<unit>days?)"
            + "\\s+(?:(?<back>before" + NOT_OBJECT + "|earlier)|after" + NOT_OBJECT + "|later)\\b");
    /** "Hours later", "within minutes", "later that day": the same day as the last date stated. */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:(?:(?:a\\s+few|several|some|" + COUNT
            + ")\\s+)?(?:hours|minutes)\\s+(?:later|after" + NOT_OBJECT + ")|within\\s+(?:hours|minutes)"
            + "|later\\s+that\\s+day)\\b");
    private static final Pattern ANCHOR_DAY =
            Pattern.compile("(?i)\\bthe\\s+(?:(?<back>previous)|next|following|(?<same>same))\\s+day\\b");
    /** "The last year" and "the past year" are spans of time, not a calendar year. */
    private static final Pattern PERIOD = Pattern.compile("(?i)(?<!\\bthe\\s)\\b(?:(?:earlier|later)\\s+)?"
            + "(?<modifier>last|next|this)\\s+(?<unit>month|year)\\b");
    private static final Pattern AGO =
            Pattern.compile("(?i)\\b(?<count>" + COUNT + ")\\s+(?<unit>day|month|year)s?\\s+ago\\b");

    /** The relative dates in the scope's sentence; the scope has a publication date. */
    List<DateMention> find(DateFinder.Scope scope) {
        LocalDate published = scope.published();
        List<DateMention> found = new ArrayList<>();
        scan(WEEKDAY, scope, found, m -> PartialDate.of(weekday(m, scope)));
        scan(NAMED_DAY, scope, found, m -> PartialDate.of(namedDay(m.group("day"), published)));
        scan(DAYS_APART, scope, found, m -> daysApart(m, scope));
        scan(SAME_DAY, scope, found, m -> fromAnchor(0, scope));
        scan(ANCHOR_DAY, scope, found,
                m -> fromAnchor(m.group("back") != null ? -1 : m.group("same") != null ? 0 : 1, scope));
        scan(PERIOD, scope, found, m -> period(m, published));
        scan(AGO, scope, found, m -> ago(m, published));
        return found;
    }

    private static void scan(Pattern pattern, DateFinder.Scope scope, List<DateMention> found,
            Function<Matcher, PartialDate> read) {
        for (Matcher m = pattern.matcher(scope.text()); m.find();) {
            PartialDate date = read.apply(m);
            if (date != null) {
                found.add(new DateMention(m.start(), m.end(), date, true));
            }
        }
    }

    private static PartialDate daysApart(Matcher m, DateFinder.Scope scope) {
        int days = count(m.group("count").toLowerCase(Locale.ROOT));
        if ((days == 1) != m.group("unit").equalsIgnoreCase("day")) {
            return null; // "the days before", "two day later": not the phrase read here
        }
        return fromAnchor(m.group("back") != null ? -days : days, scope);
    }

    /**
     * Past and present narration mean the latest such day on or before publication (the publication day itself
     * when the weekdays agree); plans mean the next such day after it.
     */
    private static LocalDate weekday(Matcher m, DateFinder.Scope scope) {
        DayOfWeek wanted = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        LocalDate published = scope.published();
        int back = Math.floorMod(published.getDayOfWeek().getValue() - wanted.getValue(), 7);
        int ahead = Math.floorMod(wanted.getValue() - published.getDayOfWeek().getValue(), 7);
        String modifier = m.group("modifier") == null ? "" : m.group("modifier").toLowerCase(Locale.ROOT);
        return switch (modifier) {
            case "last" -> published.minusDays(back == 0 ? 7 : back);
            case "next", "coming" -> published.plusDays(ahead == 0 ? 7 : ahead);
            default -> scope.tense(m.start(), m.end()) == Tense.FUTURE
                    ? published.plusDays(ahead == 0 ? 7 : ahead)
                    : published.minusDays(back);
        };
    }

    private static LocalDate namedDay(String word, LocalDate published) {
        String day = word.toLowerCase(Locale.ROOT);
        if (day.equals("yesterday") || day.startsWith("last")) {
            return published.minusDays(1);
        }
        return day.equals("tomorrow") ? published.plusDays(1) : published;
    }

    /**
     * Counted from the anchor when it gives a day; without one, a count back runs from publication (news
     * narrates what just happened) and a count forward or "the same day" has nothing to run from.
     */
    private static PartialDate fromAnchor(int offset, DateFinder.Scope scope) {
        PartialDate anchor = scope.anchor();
        if (anchor != null && anchor.precision() == PartialDate.Precision.DAY) {
            return PartialDate.of(LocalDate.of(anchor.year(), anchor.month(), anchor.day()).plusDays(offset));
        }
        return offset < 0 ? PartialDate.of(scope.published().plusDays(offset)) : null;
    }

    private static PartialDate period(Matcher m, LocalDate published) {
        String modifier = m.group("modifier").toLowerCase(Locale.ROOT);
        int step = modifier.equals("last") ? -1 : modifier.equals("next") ? 1 : 0;
        if (m.group("unit").equalsIgnoreCase("month")) {
            return PartialDate.of(YearMonth.from(published).plusMonths(step));
        }
        return PartialDate.ofYear(published.getYear() + step);
    }

    private static PartialDate ago(Matcher m, LocalDate published) {
        int count = count(m.group("count").toLowerCase(Locale.ROOT));
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> PartialDate.of(published.minusDays(count));
            case "month" -> PartialDate.of(YearMonth.from(published).minusMonths(count));
            default -> PartialDate.ofYear(published.getYear() - count);
        };
    }

    private static int count(String word) {
        Integer known = COUNT_WORDS.get(word);
        return known != null ? known : Integer.parseInt(word);
    }
}
