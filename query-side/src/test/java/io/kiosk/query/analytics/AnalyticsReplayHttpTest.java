package io.kiosk.query.analytics;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.kiosk.query.analytics.AnalyticsStory.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild of the analytics read model: the processing group's tokens thrown away, the reset handler empties
 * the tables, every event in the store is handled again by the several segments, and every table comes back
 * byte for byte, the refunds' among them.
 */
class AnalyticsReplayHttpTest extends AnalyticsHttpTest {

    private static final List<String> REBUILT_FROM_EVENTS = List.of("cart_fact", "order_fact", "order_line_fact",
            "payment_fact", "product_fact", "refund_claim", "refund_fact", "refund_line_fact");

    private Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : REBUILT_FROM_EVENTS) {
            tables.put(table, jdbc.sql("SELECT t::text FROM analytics." + table + " t ORDER BY 1").query(String.class).list());
        }
        return tables;
    }

    @Test
    void a_replay_of_every_event_gives_identical_tables_and_reports() {
        Map<String, List<String>> before = dump();
        List<String> salesBefore = csv("/api/analytics/sales?" + PERIOD + "&by=product");
        assertThat(before.get("order_fact")).hasSizeGreaterThanOrEqualTo(5);

        replayEverything("analytics");

        assertThat(dump()).isEqualTo(before);
        assertThat(before.get("refund_fact")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(csv("/api/analytics/sales?" + PERIOD + "&by=product")).isEqualTo(salesBefore);
    }
}
