package io.kiosk.projections.analytics;

import io.kiosk.api.analytics.FunnelByDay;
import io.kiosk.api.analytics.FunnelDay;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The funnel per day of the period, from {@code funnel_daily}: carts created that day, and of them the ones
 * checked out, paid and refunded, whenever that happened. Every day of the period has a row, zeros included.
 */
@Component
class FunnelReport {

    private final JdbcClient jdbc;

    FunnelReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<FunnelDay> answer(FunnelByDay query) {
        return jdbc.sql("""
                        SELECT days.day::date AS day, COALESCE(f.carts_created, 0) AS carts_created,
                               COALESCE(f.carts_checked_out, 0) AS carts_checked_out, COALESCE(f.orders_paid, 0) AS orders_paid,
                               COALESCE(f.orders_refunded, 0) AS orders_refunded
                        FROM generate_series(CAST(:from AS date), CAST(:to AS date), INTERVAL '1 day') AS days (day)
                                 LEFT JOIN analytics.funnel_daily f ON f.day = days.day::date AND f.day BETWEEN :from AND :to
                        ORDER BY days.day""")
                .params(SalesReports.period(query.period()))
                .query((row, n) -> new FunnelDay(row.getObject("day", LocalDate.class), row.getLong("carts_created"),
                        row.getLong("carts_checked_out"), row.getLong("orders_paid"), row.getLong("orders_refunded")))
                .list();
    }
}
