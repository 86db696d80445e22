package org.newsgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the day, the month or the year only; never a day the text does not give.
 * Month and day are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day);
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.getYear(), month.getMonthValue(), 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO form at its own precision: 2025-02-18, 2016-12 or 2017. */
    @Override
    public String toString() {
        return switch (precision()) {
            case DAY -> LocalDate.of(year, month, day).toString();
            case MONTH -> YearMonth.of(year, month).toString();
            case YEAR -> String.format("%04d", year);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return toString().compareTo(other.toString());
    }

    public enum Precision { DAY, MONTH, YEAR }
}
