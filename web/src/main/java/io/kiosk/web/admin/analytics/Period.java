package io.kiosk.web.admin.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The mall days a dashboard covers, {@code from} to {@code to} both included. Asked for nothing, it is the last seven
 * days up to today; asked for something impossible (the end before the start, more than a year), it says why and the
 * page keeps the last seven days.
 */
public record Period(LocalDate from, LocalDate to, String refusal) {

    static final int LONGEST_DAYS = 366;
    private static final int DEFAULT_DAYS = 7;

    static Period asked(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        if (end.isBefore(start)) {
            return lastWeek(today, "admin.analytics.period.reversed");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > LONGEST_DAYS) {
            return lastWeek(today, "admin.analytics.period.too-long");
        }
        return new Period(start, end, null);
    }

    private static Period lastWeek(LocalDate today, String refusal) {
        return new Period(today.minusDays(DEFAULT_DAYS - 1), today, refusal);
    }

    /** Every day of the period, in order. */
    List<LocalDate> days() {
        return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1)).toList();
    }
}
