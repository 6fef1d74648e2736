package io.kiosk.command.refund;

import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.orderprocess.OrderJourney;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * The stage of a refund's journey over HTTP, set on an order's ({@link OrderJourney}, chargers at 199.00 CNY): an order
 * of two graphite L chargers checked out and paid on the payment sandbox's page, picked, shipped and delivered by the
 * back office when the story needs it.
 */
final class RefundJourney {

    final OrderJourney order;
    private final JdbcTemplate jdbc;

    RefundJourney(OrderJourney order, JdbcTemplate jdbc) {
        this.order = order;
        this.jdbc = jdbc;
    }

    /** Two chargers checked out and paid with {@code method}: the order's id, once it is paid. */
    String paidOrder(String method) {
        String orderId = order.checkOutTwoChargers(method);
        PaymentRequested payment = order.paymentRequestedFor(orderId);
        assertThat(order.chooseOnSandboxPage(payment, "pay").status()).isEqualTo(200);
        assertThat(order.eventsWith(orderId, "OrderPaid")).contains("OrderPaid");
        return orderId;
    }

    /** A paid order the back office picked, shipped and saw delivered. */
    String deliveredOrder(String method) {
        String orderId = paidOrder(method);
        assertThat(order.pick(orderId).status()).isEqualTo(200);
        assertThat(order.ship(orderId).status()).isEqualTo(200);
        assertThat(order.deliver(orderId).status()).isEqualTo(200);
        return orderId;
    }

    /** As if the order had been delivered {@code ago}: its delivery event's time moves back (the event store keeps it as ISO text). */
    void deliveredAgo(String orderId, Duration ago) {
        assertThat(jdbc.update("update eventstore.domain_event_entry set time_stamp = ? where aggregate_identifier = ?"
                + " and payload_type = 'io.kiosk.api.order.OrderDelivered'", Instant.now().minus(ago).toString(), orderId)).isEqualTo(1);
    }

    /** The id of the order's one line (two chargers). */
    String lineOf(String orderId) {
        return order.payloadsOf(orderId).stream().filter(OrderPlaced.class::isInstance).map(OrderPlaced.class::cast)
                .findFirst().orElseThrow().lines().get(0).lineId().toString();
    }

    Answer ask(String orderId, String body) {
        return order.customer.send(POST, "/api/orders/" + orderId + "/refunds", body);
    }
}
