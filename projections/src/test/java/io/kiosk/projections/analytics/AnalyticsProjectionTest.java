package io.kiosk.projections.analytics;

import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChargerPro;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.catalog.ProductRevised;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.CancellationReason;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderCancelled;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.PaymentAction;
import io.kiosk.api.payment.PaymentFailed;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import io.kiosk.projections.analytics.AnalyticsTestBed.Recorded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics facts as events arrive: counted in mall time, once however often an event comes, the same
 * whichever aggregate a segment handles first, and the same again after a reset and a replay.
 */
class AnalyticsProjectionTest {

    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ProductId LAMP = new ProductId("ks-desk-lamp");
    private static final ProductId MYSTERY = new ProductId("ks-never-defined");
    private static AnalyticsTestBed analytics;

    private final CartId paidCart = CartId.random();
    private final CartId failedCart = CartId.random();
    private final CartId abandonedCart = CartId.random();
    private final OrderId paidOrder = OrderId.random();
    private final OrderId failedOrder = OrderId.random();
    private final PaymentId paidPayment = PaymentId.random();
    private final PaymentId declinedPayment = PaymentId.random();

    @BeforeAll
    static void start() {
        analytics = AnalyticsTestBed.start();
    }

    @BeforeEach
    void emptyTables() {
        analytics.reset();
    }

    private static ProductDefinition lamp(String category) {
        ProductDefinition charger = ChargerPro.definition();
        return new ProductDefinition(LocalizedText.of("KS 智能台灯", "KS Smart Desk Lamp"), charger.description(), category,
                charger.images(), Money.of("329.00", "CNY"), charger.optionGroups());
    }

    private static OrderLine line(ProductId product, int units, String price, ProductLabel label) {
        return new OrderLine(CartItemId.random(), product, new ChosenOptions(Map.of("colour", "graphite")), new Quantity(units),
                Money.of(price, "CNY"), null, label);
    }

    /**
     * One morning and one midnight in Shanghai: a cart checked out at 09:10 and paid by Alipay (two chargers
     * sold as "chargers", a lamp and a product never defined, both placed without a label); a cart checked out
     * at 00:31 on the next mall day (16:31 UTC) whose payment the risk check declined at once; a cart left alone.
     * The lamp was defined as "lamps" and revised to "lighting". Per aggregate, in order.
     */
    private Map<String, List<Recorded>> story() {
        CustomerId mia = CustomerId.random();
        List<OrderLine> paidLines = List.of(line(CHARGER, 2, "199.00", ProductLabel.of(ChargerPro.definition("chargers"))),
                line(LAMP, 1, "329.00", null), line(MYSTERY, 1, "10.00", null));
        List<OrderLine> failedLines = List.of(line(CHARGER, 1, "199.00", ProductLabel.of(ChargerPro.definition("chargers"))));
        Money paidTotal = Money.of("737.00", "CNY");
        Map<String, List<Recorded>> story = new LinkedHashMap<>();
        story.put("lamp", events("Product", LAMP, "2030-03-01T02:00:00Z", new ProductDefined(LAMP, lamp("lamps")),
                "2030-03-02T02:00:00Z", new ProductRevised(LAMP, lamp("lighting"))));
        story.put("paid cart", events("Cart", paidCart, "2030-03-04T01:00:00Z", new CartCreated(paidCart, mia),
                "2030-03-04T01:10:00Z", new CartCheckedOut(paidCart, mia, paidOrder, paidLines, null, null)));
        story.put("paid order", events("Order", paidOrder, "2030-03-04T01:10:00Z",
                new OrderPlaced(paidOrder, paidCart, mia, paidLines, paidTotal, null, null),
                "2030-03-04T01:10:01Z", new OrderAwaitingPayment(paidOrder, paidPayment),
                "2030-03-04T01:12:00Z", new OrderPaid(paidOrder, paidPayment)));
        story.put("paid payment", events("Payment", paidPayment, "2030-03-04T01:10:02Z",
                new PaymentRequested(paidPayment, paidOrder, mia, PaymentProvider.ALIPAY, paidTotal,
                        new PaymentAction(PaymentAction.Kind.REDIRECT, "https://pay.example/1")),
                "2030-03-04T01:11:59Z", new PaymentSucceeded(paidPayment, paidOrder, PaymentProvider.ALIPAY, paidTotal, "T1",
                        Instant.parse("2030-03-04T01:11:58Z"))));
        story.put("failed cart", events("Cart", failedCart, "2030-03-04T16:20:00Z", new CartCreated(failedCart, mia),
                "2030-03-04T16:31:00Z", new CartCheckedOut(failedCart, mia, failedOrder, failedLines, null, null)));
        story.put("failed order", events("Order", failedOrder, "2030-03-04T16:31:00Z",
                new OrderPlaced(failedOrder, failedCart, mia, failedLines, Money.of("199.00", "CNY"), null, null),
                "2030-03-04T16:31:02Z", new OrderAwaitingPayment(failedOrder, declinedPayment),
                "2030-03-04T16:31:03Z", new OrderCancelled(failedOrder, CancellationReason.PAYMENT_FAILED, false)));
        story.put("declined payment", events("Payment", declinedPayment, "2030-03-04T16:31:02Z",
                new PaymentFailed(declinedPayment, failedOrder, "risk-declined", "too many failures")));
        story.put("abandoned cart", events("Cart", abandonedCart, "2030-03-05T03:00:00Z", new CartCreated(abandonedCart, mia)));
        return story;
    }

    /** Alternating timestamps and events of one aggregate, numbered from 0. */
    private static List<Recorded> events(String type, Object id, Object... atAndEvent) {
        List<Recorded> events = new ArrayList<>();
        for (int i = 0; i < atAndEvent.length; i += 2) {
            events.add(new Recorded(type, id.toString(), i / 2, Instant.parse((String) atAndEvent[i]), atAndEvent[i + 1]));
        }
        return events;
    }

    /** The whole story as the event store orders it: by time. */
    private static List<Recorded> inStoreOrder(Map<String, List<Recorded>> story) {
        return story.values().stream().flatMap(List::stream).sorted(Comparator.comparing(Recorded::at)).toList();
    }

    @Test
    void days_weekdays_and_hours_are_the_mall_s_and_every_moment_is_the_event_s_own() {
        analytics.handle(inStoreOrder(story()));

        Map<String, Object> midnight = analytics.jdbc.sql("""
                        SELECT placed_on, placed_weekday, placed_hour, status, cancelled_on, cancellation_reason, payment_method
                        FROM analytics.order_fact WHERE order_id = :id""").param("id", failedOrder.value()).query().singleRow();
        assertThat(midnight).containsEntry("placed_on", Date.valueOf("2030-03-05"))
                .containsEntry("placed_weekday", 2).containsEntry("placed_hour", 0)
                .containsEntry("status", "CANCELLED").containsEntry("cancellation_reason", "PAYMENT_FAILED");
        Map<String, Object> morning = analytics.jdbc.sql("""
                        SELECT placed_on, placed_hour, paid_on, total, units, line_count FROM analytics.order_fact WHERE order_id = :id""")
                .param("id", paidOrder.value()).query().singleRow();
        assertThat(morning).containsEntry("placed_on", Date.valueOf("2030-03-04")).containsEntry("placed_hour", 9)
                .containsEntry("paid_on", Date.valueOf("2030-03-04")).containsEntry("units", 4).containsEntry("line_count", 3);
        assertThat(morning.get("total").toString()).isEqualTo("737.00");
        assertThat(analytics.jdbc.sql("SELECT created_on, checked_out_on FROM analytics.cart_fact WHERE cart_id = :id")
                .param("id", failedCart.value()).query().singleRow())
                .containsEntry("created_on", Date.valueOf("2030-03-05"))
                .containsEntry("checked_out_on", Date.valueOf("2030-03-05"));
        assertThat(analytics.jdbc.sql("SELECT started_on, failed_on, failure_reason, method FROM analytics.payment_fact WHERE payment_id = :id")
                .param("id", declinedPayment.value()).query().singleRow())
                .containsEntry("started_on", Date.valueOf("2030-03-05")).containsEntry("failure_reason", "risk-declined")
                .containsEntry("method", null);
    }

    @Test
    void a_line_without_a_label_is_sold_as_the_product_s_latest_definition_or_else_as_its_id_uncategorised() {
        analytics.handle(inStoreOrder(story()));

        List<String> lines = analytics.jdbc.sql("""
                        SELECT product_id || ' ' || product_name_en || ' ' || category || ' ' || quantity || ' ' || amount
                        FROM analytics.sale_line WHERE order_id = :id ORDER BY product_id""")
                .param("id", paidOrder.value()).query(String.class).list();

        assertThat(lines).containsExactly("ks-charger-pro KS Wireless Charger Pro chargers 2 398.00",
                "ks-desk-lamp KS Smart Desk Lamp lighting 1 329.00",
                "ks-never-defined ks-never-defined uncategorised 1 10.00");
    }

    @Test
    void the_daily_sales_view_counts_placements_payments_and_the_average_order_value_per_mall_day() {
        analytics.handle(inStoreOrder(story()));

        List<String> days = analytics.jdbc.sql("""
                        SELECT day || ' ' || currency || ' ' || orders_placed || ' ' || orders_paid || ' ' || gross || ' '
                               || net || ' ' || COALESCE(average_order_value::text, '-')
                        FROM analytics.daily_sales ORDER BY day""").query(String.class).list();

        assertThat(days).containsExactly("2030-03-04 CNY 1 1 737.00 737.00 737.00", "2030-03-05 CNY 1 0 0 0 -");
    }

    @Test
    void every_event_handled_again_changes_nothing_even_after_newer_ones() {
        List<Recorded> events = inStoreOrder(story());
        analytics.handle(events);
        Map<String, List<String>> once = analytics.dump();

        analytics.handle(events);
        List<Recorded> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        analytics.handle(newestFirst);

        assertThat(analytics.dump()).isEqualTo(once);
        assertThat(once.get("order_line_fact")).hasSize(4);
    }

    @Test
    void aggregates_handled_in_any_interleaving_give_the_same_tables() {
        Map<String, List<Recorded>> story = story();
        analytics.handle(inStoreOrder(story));
        Map<String, List<String>> asStored = analytics.dump();
        analytics.reset();

        // as segments may: payments before their orders, orders before their carts, the product's events last
        List<List<Recorded>> aggregates = new ArrayList<>(story.values());
        Collections.reverse(aggregates);
        for (List<Recorded> aggregate : aggregates) {
            analytics.handle(aggregate);
        }

        assertThat(analytics.dump()).isEqualTo(asStored);
    }

    @Test
    void a_reset_empties_every_table_and_a_replay_rebuilds_them_identically() {
        List<Recorded> events = inStoreOrder(story());
        analytics.handle(events);
        Map<String, List<String>> before = analytics.dump();
        analytics.refunds.refunded(UUID.randomUUID(), paidOrder,
                List.of(new RefundedLine(LAMP, 1, Money.of("329.00", "CNY"))), "damaged", Instant.parse("2030-03-10T02:00:00Z"), 3);

        analytics.reset();
        assertThat(analytics.dump().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        analytics.handle(events);

        assertThat(analytics.dump()).isEqualTo(before);
    }

    @Test
    void payments_count_on_the_day_they_started_succeeded_or_failed_and_take_the_order_s_method_when_they_never_said_one() {
        analytics.handle(inStoreOrder(story()));

        List<String> mix = analytics.jdbc.sql("""
                        SELECT day || ' ' || COALESCE(method, '-') || ' ' || currency || ' ' || payments_started || ' '
                               || payments_succeeded || ' ' || payments_failed || ' ' || amount_collected
                        FROM analytics.payment_method_daily ORDER BY day, method""").query(String.class).list();

        // the declined payment's order was placed without checkout details: its method is unknown
        assertThat(mix).containsExactly("2030-03-04 ALIPAY CNY 1 1 0 737.00", "2030-03-05 - CNY 1 0 1 0");
    }
}
