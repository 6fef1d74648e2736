package io.kiosk.projections.analytics;

import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refund facts as the refund's event handlers will record them: once per refund, never going back, on the mall's day. */
class RefundFactsTest {

    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ProductId CABLE = new ProductId("ks-cable");
    private static AnalyticsTestBed analytics;

    private final UUID refund = UUID.randomUUID();
    private final OrderId order = OrderId.random();

    @BeforeAll
    static void start() {
        analytics = AnalyticsTestBed.start();
    }

    @BeforeEach
    void emptyTables() {
        analytics.reset();
    }

    private List<String> recorded() {
        return analytics.jdbc.sql("""
                        SELECT r.reason || ' ' || r.currency || ' ' || r.amount || ' ' || r.units || ' ' || r.refunded_on || ' v'
                               || r.version || ' | ' || COALESCE(string_agg(l.product_id || ' ' || l.quantity || ' ' || l.amount, ', '
                                                                   ORDER BY l.position), '')
                        FROM analytics.refund_fact r LEFT JOIN analytics.refund_line_fact l USING (refund_id)
                        WHERE r.refund_id = :id GROUP BY r.refund_id""")
                .param("id", refund).query(String.class).list();
    }

    @Test
    void a_refund_is_kept_with_its_lines_its_amount_and_its_mall_day() {
        analytics.refunds.refunded(refund, order, List.of(new RefundedLine(CHARGER, 1, Money.of("199.00", "CNY")),
                new RefundedLine(CABLE, 0, Money.of("20.00", "CNY"))), " damaged ", Instant.parse("2030-03-09T17:00:00Z"), 4);

        assertThat(recorded()).containsExactly("damaged CNY 219.00 1 2030-03-10 v4 | ks-charger-pro 1 199.00, ks-cable 0 20.00");
    }

    @Test
    void a_refund_recorded_again_or_from_an_older_event_changes_nothing() {
        List<RefundedLine> charger = List.of(new RefundedLine(CHARGER, 1, Money.of("199.00", "CNY")));
        analytics.refunds.refunded(refund, order, charger, "damaged", Instant.parse("2030-03-09T02:00:00Z"), 4);

        analytics.refunds.refunded(refund, order, charger, "damaged", Instant.parse("2030-03-09T02:00:00Z"), 4);
        analytics.refunds.refunded(refund, order, List.of(new RefundedLine(CABLE, 5, Money.of("1.00", "CNY"))), "other",
                Instant.parse("2030-03-01T02:00:00Z"), 2);

        assertThat(recorded()).containsExactly("damaged CNY 199.00 1 2030-03-09 v4 | ks-charger-pro 1 199.00");
    }

    @Test
    void a_newer_event_of_the_refund_replaces_what_an_older_one_recorded_lines_and_all() {
        analytics.refunds.refunded(refund, order, List.of(new RefundedLine(CHARGER, 2, Money.of("398.00", "CNY"))), "damaged",
                Instant.parse("2030-03-09T02:00:00Z"), 4);

        analytics.refunds.refunded(refund, order, List.of(new RefundedLine(CHARGER, 1, Money.of("199.00", "CNY"))), "damaged",
                Instant.parse("2030-03-11T02:00:00Z"), 6);

        assertThat(recorded()).containsExactly("damaged CNY 199.00 1 2030-03-11 v6 | ks-charger-pro 1 199.00");
    }

    @Test
    void a_refund_without_lines_reason_or_one_currency_is_refused() {
        Instant at = Instant.parse("2030-03-09T02:00:00Z");
        List<RefundedLine> twoCurrencies = List.of(new RefundedLine(CHARGER, 1, Money.of("199.00", "CNY")),
                new RefundedLine(CABLE, 1, Money.of("5.00", "USD")));

        assertThatThrownBy(() -> analytics.refunds.refunded(refund, order, List.of(), "damaged", at, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics.refunds.refunded(refund, order,
                List.of(new RefundedLine(CHARGER, 1, Money.of("1.00", "CNY"))), " ", at, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics.refunds.refunded(refund, order, twoCurrencies, "damaged", at, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundedLine(CHARGER, -1, Money.of("1.00", "CNY"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(recorded()).isEmpty();
    }
}
