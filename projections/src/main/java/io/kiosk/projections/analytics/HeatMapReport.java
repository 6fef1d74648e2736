package io.kiosk.projections.analytics;

import io.kiosk.api.analytics.HeatMapCell;
import io.kiosk.api.analytics.OrderHeatMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Orders placed per hour of the week in mall time, over the days of the period, from {@code hourly_orders}:
 * always 168 cells, Monday 0:00 first, zeros included.
 */
@Component
class HeatMapReport {

    private final JdbcClient jdbc;

    HeatMapReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<HeatMapCell> answer(OrderHeatMap query) {
        return jdbc.sql("""
                        SELECT w.weekday, h.hour, COALESCE(sum(o.orders_placed), 0) AS orders_placed,
                               COALESCE(sum(o.orders_paid), 0) AS orders_paid
                        FROM generate_series(1, 7) AS w (weekday)
                                 CROSS JOIN generate_series(0, 23) AS h (hour)
                                 LEFT JOIN analytics.hourly_orders o
                                           ON o.weekday = w.weekday AND o.hour = h.hour AND o.day BETWEEN :from AND :to
                        GROUP BY w.weekday, h.hour
                        ORDER BY w.weekday, h.hour""")
                .params(SalesReports.period(query.period()))
                .query((row, n) -> new HeatMapCell(DayOfWeek.of(row.getInt("weekday")), row.getInt("hour"),
                        row.getLong("orders_placed"), row.getLong("orders_paid")))
                .list();
    }
}
