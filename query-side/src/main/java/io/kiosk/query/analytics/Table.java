package io.kiosk.query.analytics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kiosk.api.analytics.ReportPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report's answer: rows of one record type over a period. In JSON {@code {"from", "to", "rows": [...]}};
 * asked for with {@code Accept: text/csv}, the rows as CSV with the record's components as header
 * ({@link TableCsvConverter}), so that no endpoint writes CSV of its own.
 */
public record Table<R extends Record>(LocalDate from, LocalDate to, @JsonIgnore Class<R> rowType, List<R> rows) {

    public Table {
        Objects.requireNonNull(rowType, "rowType is required");
        rows = List.copyOf(rows);
    }

    static <R extends Record> Table<R> of(ReportPeriod period, Class<R> rowType, List<R> rows) {
        return new Table<>(period.from(), period.to(), rowType, rows);
    }
}
