package io.kiosk.projections.search;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.order.OrderShipped;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.PaymentCancelled;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.api.payment.PaymentSucceeded;
import io.kiosk.api.pricing.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order index against a real Elasticsearch node, fed through the projection's handlers: each part of an
 * order's document (the order's, the payment's) moves only forward, whatever comes again, late or first.
 */
class OrderSearchIndexTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
    private static SearchNode search;
    private static OrderSearchIndex index;
    private static OrderSearchProjection projection;

    @BeforeAll
    static void startElasticsearch() {
        search = new SearchNode();
        index = new OrderSearchIndex(search.client);
        index.afterPropertiesSet();
        projection = new OrderSearchProjection(index);
    }

    @AfterAll
    static void stopElasticsearch() throws IOException {
        search.close();
    }

    private static OrderId placed() {
        OrderId order = OrderId.random();
        projection.on(ExampleOrders.placed(order), 0, AT);
        return order;
    }

    private static PaymentRequested requested(OrderId order, PaymentId payment) {
        return new PaymentRequested(payment, order, null, PaymentProvider.ALIPAY, Money.of("398.00", "CNY"), null);
    }

    private static OrderDocument stored(OrderId order) {
        return search.stored(order.toString()).source();
    }

    private static long version(OrderId order) {
        return search.stored(order.toString()).version();
    }

    @Test
    void a_placed_order_holds_who_ordered_what_for_whom_and_how_it_is_paid() {
        OrderId order = placed();

        OrderDocument document = stored(order);
        assertThat(document.status()).isEqualTo("PLACED");
        assertThat(document.contact()).isEqualTo(new OrderDocument.Person("Mia Chen", "mia.chen@example.com", "+8613800138000"));
        assertThat(document.recipient()).isEqualTo(new OrderDocument.Person("Lei Wang", null, "+8613911112222"));
        assertThat(document.phonesReversed()).containsExactly("0008310083168", "2222111193168");
        assertThat(document.productIds()).containsExactly("ks-charger-pro");
        assertThat(document.productNames().en()).containsExactly("KS Wireless Charger Pro");
        assertThat(document.categories()).containsExactly("chargers");
        assertThat(document.paymentMethod()).isEqualTo("ALIPAY");
        assertThat(document.region()).isEqualTo("SH");
        assertThat(document.total()).isEqualTo("398.00");
        assertThat(document.totalThousandths()).isEqualTo(398_000L);
        assertThat(document.placedAt()).isEqualTo(AT.toString());
        assertThat(version(order)).as("order part at 0, no payment part").isEqualTo(1);
    }

    @Test
    void a_line_without_a_label_is_named_by_its_product_id_in_both_languages() {
        OrderId order = OrderId.random();
        projection.on(ExampleOrders.placed(order, ExampleOrders.line("ks-lamp", 1, "329.00", ExampleOrders.LAMP),
                ExampleOrders.line("ks-legacy-mug", 3, "20.00", null)), 0, AT);

        assertThat(stored(order).productNames().zh()).containsExactly("KS 智能台灯", "ks-legacy-mug");
        assertThat(stored(order).productNames().en()).containsExactly("KS Smart Desk Lamp", "ks-legacy-mug");
        assertThat(stored(order).categories()).containsExactly("lighting");
        assertThat(stored(order).lineCount()).isEqualTo(2);
    }

    @Test
    void a_redelivered_event_is_refused_silently_and_changes_nothing() {
        OrderId order = placed();
        PaymentId payment = PaymentId.random();
        projection.on(new OrderAwaitingPayment(order, payment), 1, AT.plusSeconds(1));

        projection.on(new OrderAwaitingPayment(order, payment), 1, AT.plusSeconds(1));
        projection.on(ExampleOrders.placed(order), 0, AT);

        assertThat(stored(order).status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(stored(order).orderVersion()).isEqualTo(1);
        assertThat(version(order)).isEqualTo(2);
    }

    @Test
    void an_older_status_never_overwrites_a_newer_one() {
        OrderId order = placed();
        PaymentId payment = PaymentId.random();

        projection.on(new OrderShipped(order, "SF Express", "SF1", null), 4, AT.plusSeconds(4));
        projection.on(new OrderPaid(order, payment), 2, AT.plusSeconds(2));

        assertThat(stored(order).status()).isEqualTo("SHIPPED");
        assertThat(stored(order).orderVersion()).isEqualTo(4);
        assertThat(stored(order).updatedAt()).isEqualTo(AT.plusSeconds(4).toString());
    }

    @Test
    void an_older_payment_event_never_overwrites_a_newer_one_and_leaves_the_order_part_alone() {
        OrderId order = placed();
        PaymentId payment = PaymentId.random();
        projection.on(new OrderAwaitingPayment(order, payment), 1, AT);
        projection.on(new PaymentSucceeded(payment, order, PaymentProvider.ALIPAY, Money.of("398.00", "CNY"), "T1", AT), 2, AT);

        projection.on(requested(order, payment), 0, AT);
        projection.on(new PaymentCancelled(payment, order, "late"), 1, AT);

        assertThat(stored(order).paymentStatus()).isEqualTo("SUCCEEDED");
        assertThat(stored(order).paymentVersion()).isEqualTo(2);
        assertThat(stored(order).status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(version(order)).as("order part at 1, payment part at 2").isEqualTo(5);
    }

    @Test
    void a_payment_seen_before_its_order_is_kept_and_the_placement_fills_in_the_rest() {
        OrderId order = OrderId.random();
        PaymentId payment = PaymentId.random();
        projection.on(requested(order, payment), 0, AT);
        assertThat(stored(order).hasOrder()).isFalse();

        projection.on(ExampleOrders.placed(order), 0, AT);

        assertThat(stored(order).paymentStatus()).isEqualTo("REQUESTED");
        assertThat(stored(order).paymentId()).isEqualTo(payment.toString());
        assertThat(stored(order).status()).isEqualTo("PLACED");
        assertThat(stored(order).contact().name()).isEqualTo("Mia Chen");
    }

    @Test
    void the_method_a_payment_names_wins_over_the_one_chosen_at_checkout_in_either_order() {
        OrderId order = OrderId.random();
        PaymentId payment = PaymentId.random();
        projection.on(new PaymentRequested(payment, order, null, PaymentProvider.CARD, Money.of("398.00", "CNY"), null), 0, AT);

        projection.on(ExampleOrders.placed(order), 0, AT);
        projection.on(new PaymentCancelled(payment, order, "closed"), 1, AT);

        assertThat(stored(order).paymentMethod()).isEqualTo("CARD");
        assertThat(stored(order).paymentStatus()).isEqualTo("CANCELLED");
    }

    @Test
    void a_segment_that_lost_its_claim_and_writes_late_undoes_nothing() {
        OrderId order = placed();
        PaymentId payment = PaymentId.random();
        OrderDocument readByTheOldOwner = stored(order);
        projection.on(new OrderAwaitingPayment(order, payment), 1, AT);
        projection.on(requested(order, payment), 0, AT);

        // the segment's old owner handled the same next event from what it had read, and writes only now
        index.write(readByTheOldOwner.reached(OrderStatus.AWAITING_PAYMENT, 1, AT));

        assertThat(stored(order).paymentStatus()).isEqualTo("REQUESTED");
        assertThat(version(order)).isEqualTo(3);
    }

    @Test
    void a_status_for_an_order_never_placed_is_no_document() {
        OrderId order = OrderId.random();

        projection.on(new OrderPaid(order, PaymentId.random()), 2, AT);

        assertThat(search.stored(order.toString()).found()).isFalse();
    }

    @Test
    void preparing_the_index_again_keeps_what_it_holds() {
        OrderId order = placed();

        index.afterPropertiesSet();

        assertThat(search.stored(order.toString()).found()).isTrue();
        assertThat(index.preparation().needsReplay(true, false)).isFalse();
    }
}
