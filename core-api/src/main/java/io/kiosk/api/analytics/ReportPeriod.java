package io.kiosk.api.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whole days in the mall's time zone, {@code from} and {@code to} both included, at most
 * {@value #MAX_DAYS} of them: a year, leap years included, is the longest stretch a report covers;
 * none before {@link #EARLIEST} or after {@link #LATEST}, where no sale can be and date arithmetic ends.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    public ReportPeriod {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (from.isBefore(EARLIEST) || from.isAfter(LATEST)) {
            throw new IllegalArgumentException("from must lie between " + EARLIEST + " and " + LATEST);
        }
        if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new IllegalArgumentException("must lie between " + EARLIEST + " and " + LATEST);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a period covers at most " + MAX_DAYS + " days: from " + from
                    + " to " + to + " is " + (ChronoUnit.DAYS.between(from, to) + 1));
        }
    }
}
