package org.newsgraph.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.text.Tense;
import org.newsgraph.model.PartialDate;
import org.newsgraph.model.Sentence;

/**
 * Finds date expressions in a sentence and resolves them. Dates the words name ("June 9, 2024", "Mar. 3",
 * "in March 2018") are read here; those that need the publication date or the anchor ("Tuesday", "the next day")
 * are read by {@link RelativeDates}.
 */
public final class DateFinder {
    private static final String FULL_MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    // Month names must be capitalized so that the modal "may" and the verb "march" never match.
    private static final String MONTH = "(?<month>(?:" + FULL_MONTHS + ")\\b|(?:" + SHORT_MONTHS + ")\\b\\.?)";
    // A lone month needs its full name or an abbreviation with its period: "Jan" alone is a first name.
    private static final String LONE_MONTH = "(?<month>(?:" + FULL_MONTHS + ")\\b|(?:" + SHORT_MONTHS + ")\\.)";
    // Not the start of 10,000, 10.5 or 10%.
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![.,]?\\d|\\s*%)";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)\\b(?![-–/]\\d|\\s*%)";

    private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<month>\\d\\d)-(?<day>\\d\\d)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,\\s*" + YEAR + ")?");
    private static final Pattern DAY_MONTH =
            Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
    /** A month without day or year counts only after a word that makes it a time: "in May", not "May run out". */
    private static final Pattern LONE = Pattern.compile("\\b(?<cue>(?i:in|since|during|until|till|by|from|through"
            + "|throughout|before|after|early|late|last|next|this)\\s+|(?i:mid)[-\\s]?"
            + "|(?i:end|beginning|start|middle)\\s+of\\s+)" + LONE_MONTH + "(?!\\s*['’]s\\b)");
    /** The second of two months joined by "and" or "or": "in March or April" makes both times. */
    private static final Pattern PAIRED_MONTH = Pattern.compile("(?<=\\b(?:" + FULL_MONTHS + ")\\s(?:and|or)\\s)"
            + "(?<cue>)" + LONE_MONTH + "(?!\\s*['’]s\\b|\\s+[0-3]?\\d\\b)");
    /** A bare year is an event's date only after these words; "the 2016 election" names no date. */
    private static final Pattern BARE_YEAR =
            Pattern.compile("\\b(?i:in|since|during|until|till)\\s+(?:(?i:early|late|mid)[-\\s]+)?" + YEAR);
    private static final Pattern ONLY_COMMA = Pattern.compile("[\\s,]*");
    /**
     * How much farther a date may lie against the tense than with it and still be chosen: a few days of slack for
     * a publication date stamped a little before or after the events it narrates, no more.
     */
    private static final int AGAINST_TENSE_WEIGHT = 30;
    /** A date after these is a target ("postponed the vote until June 3"), not the time of the verb's event. */
    private static final Pattern TARGET = Pattern.compile("(?i)\\b(?:until|till|to|for|by)\\s+$");

    private final RelativeDates relativeDates = new RelativeDates();

    public DateFinder() {
    }

    /**
     * Date expressions in the sentence, resolved, with article offsets. {@code published} may be null: then only
     * dates that give their year are found. {@code anchor} is the date the narration is at (the last absolute
     * date the article stated before this sentence), or null.
     */
    public List<DateMention> find(Sentence sentence, LocalDate published, PartialDate anchor) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        Scope scope = new Scope(sentence, published, anchor);
        List<DateMention> found = new ArrayList<>();
        scan(ISO, scope, found, m -> iso(m));
        scan(MONTH_DAY, scope, found, m -> monthDay(m, scope));
        scan(DAY_MONTH, scope, found, m -> monthDay(m, scope));
        scan(MONTH_YEAR, scope, found, m -> new DateMention(m.start(), m.end(),
                new PartialDate(year(m), month(m), 0), false));
        scan(LONE, scope, found, m -> loneMonth(m, scope));
        scan(PAIRED_MONTH, scope, found, m -> loneMonth(m, scope));
        scan(BARE_YEAR, scope, found, m -> new DateMention(m.start("year"), m.end(),
                PartialDate.ofYear(year(m)), false));
        if (published != null) {
            found.addAll(relativeDates.find(scope));
        }
        return choose(found, sentence);
    }

    /** The sentence being read with what resolves its dates; offsets in the sentence text until {@link #choose}. */
    record Scope(Sentence sentence, LocalDate published, PartialDate anchor) {
        String text() {
            return sentence.text();
        }

        Tense tense(int start, int end) {
            Tense tense = Tense.around(sentence.tokens(), sentence.start() + start, sentence.start() + end);
            boolean target = TARGET.matcher(text().substring(Math.max(0, start - 8), start)).find();
            return tense == Tense.PAST && target ? Tense.PRESENT : tense;
        }
    }

    private static void scan(Pattern pattern, Scope scope, List<DateMention> found,
            Function<Matcher, DateMention> read) {
        Matcher m = pattern.matcher(scope.text());
        while (m.find()) {
            DateMention mention = read.apply(m);
            if (mention != null) {
                found.add(mention);
            }
        }
    }

    private static DateMention iso(Matcher m) {
        try {
            return new DateMention(m.start(), m.end(), new PartialDate(year(m),
                    Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day"))), false);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null; // four digits, two, two that are no calendar date: a code, not a date
        }
    }

    private static DateMention monthDay(Matcher m, Scope scope) {
        int day = Integer.parseInt(m.group("day"));
        try {
            if (m.group("year") != null) {
                return new DateMention(m.start(), m.end(), new PartialDate(year(m), month(m), day), false);
            }
            if (scope.published() == null) {
                return null;
            }
            LocalDate date = nearestDay(MonthDay.of(month(m), day), scope.published(),
                    scope.tense(m.start(), m.end()));
            return date == null ? null : new DateMention(m.start(), m.end(), PartialDate.of(date), false);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null; // "April 31": a number beside a month that no month has
        }
    }

    private static DateMention loneMonth(Matcher m, Scope scope) {
        if (scope.published() == null) {
            return null;
        }
        YearMonth now = YearMonth.from(scope.published());
        int month = month(m);
        String cue = m.group("cue").trim().toLowerCase(Locale.ROOT);
        YearMonth date = switch (cue) {
            case "last" -> latestBefore(now, month);
            case "next" -> earliestAfter(now, month);
            case "this" -> now.withMonth(month);
            default -> nearestMonth(month, now, scope.tense(m.start("month"), m.end("month")));
        };
        return new DateMention(m.start("month"), m.end("month"), PartialDate.of(date), false);
    }

    private static YearMonth latestBefore(YearMonth now, int month) {
        YearMonth candidate = now.withMonth(month);
        return candidate.isBefore(now) ? candidate : candidate.minusYears(1);
    }

    private static YearMonth earliestAfter(YearMonth now, int month) {
        YearMonth candidate = now.withMonth(month);
        return candidate.isAfter(now) ? candidate : candidate.plusYears(1);
    }

    /** The year that puts month and day nearest to publication, with a bias toward the tense's side. */
    static LocalDate nearestDay(MonthDay monthDay, LocalDate published, Tense tense) {
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            if (monthDay.isValidYear(year)) {
                LocalDate candidate = monthDay.atYear(year);
                long score = weigh(ChronoUnit.DAYS.between(published, candidate), tense);
                if (score < bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    static YearMonth nearestMonth(int month, YearMonth now, Tense tense) {
        YearMonth best = null;
        long bestScore = Long.MAX_VALUE;
        for (int year = now.getYear() - 1; year <= now.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            long score = weigh(ChronoUnit.MONTHS.between(now, candidate), tense);
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Distance from publication, stretched against the tense; odd scores break ties toward the tense. */
    private static long weigh(long offset, Tense tense) {
        boolean against = tense == Tense.PAST && offset > 0 || tense == Tense.FUTURE && offset < 0;
        return against ? 2 * AGAINST_TENSE_WEIGHT * Math.abs(offset) + 1 : 2 * Math.abs(offset);
    }

    /**
     * Longest expression first where two overlap; a weekday right before a full date ("Tuesday, Mar. 3") is
     * part of that date, not a second one. Offsets move from the sentence to the article.
     */
    private static List<DateMention> choose(List<DateMention> found, Sentence sentence) {
        found.sort(Comparator.comparingInt(DateMention::start).thenComparingInt(d -> d.start() - d.end()));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention mention : found) {
            DateMention previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (previous != null && mention.start() < previous.end()) {
                continue;
            }
            if (previous != null && previous.relative() && !mention.relative()
                    && mention.date().precision() == PartialDate.Precision.DAY
                    && ONLY_COMMA.matcher(sentence.text().substring(previous.end(), mention.start())).matches()) {
                kept.remove(kept.size() - 1);
            }
            kept.add(mention);
        }
        int shift = sentence.start();
        return kept.stream()
                .map(d -> new DateMention(d.start() + shift, d.end() + shift, d.date(), d.relative()))
                .toList();
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int month(Matcher m) {
        String name = m.group("month");
        if (Character.isDigit(name.charAt(0))) {
            return Integer.parseInt(name);
        }
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }
}
