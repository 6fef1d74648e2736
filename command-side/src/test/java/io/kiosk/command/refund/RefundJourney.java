package io.kiosk.command.refund;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.PaymentRequested;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.orderprocess.OrderJourney;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.kiosk.command.orderprocess.OrderJourney.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * The stage of a refund's journey over HTTP: an order of two graphite L chargers (199.00 CNY each) checked out and
 * paid on the payment sandbox's page, picked, shipped and delivered by the back office when the story needs it.
 */
final class RefundJourney {

    final OrderJourney order;
    private final JdbcTemplate jdbc;

    RefundJourney(int port, JwtEncoder encoder, ObjectMapper json, JdbcTemplate jdbc, EventStore store) {
        this.order = new OrderJourney(port, encoder, json, jdbc, store);
        this.jdbc = jdbc;
    }

    /** Two chargers checked out and paid with {@code method}: the order's id, once it is paid. */
    String paidOrder(String method) {
        String orderId = order.checkOutTwoChargers(method);
        PaymentRequested payment = order.paymentRequestedFor(orderId);
        assertThat(order.chooseOnSandboxPage(payment, "pay").status()).isEqualTo(200);
        assertThat(eventually(() -> order.eventsOf(orderId), types -> types.contains("OrderPaid"))).contains("OrderPaid");
        return orderId;
    }

    /** A paid order the back office picked, shipped and saw delivered. */
    String deliveredOrder(String method) {
        String orderId = paidOrder(method);
        assertThat(order.backOffice.send(POST, "/api/orders/" + orderId + "/fulfilment", null).status()).isEqualTo(200);
        assertThat(order.backOffice.send(POST, "/api/orders/" + orderId + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF1234567890","eta":{"earliest":"2026-12-01","latest":"2026-12-03"}}""")
                .status()).isEqualTo(200);
        assertThat(order.backOffice.send(POST, "/api/orders/" + orderId + "/delivery", null).status()).isEqualTo(200);
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

    /** The refund's events, once the last one is {@code last}. */
    List<String> refundEventsUntil(String refundId, String last) {
        return eventually(() -> order.eventsOf(refundId), types -> OrderJourney.endsWith(types, last));
    }

    /** The order's events, once one of them is {@code type}. */
    List<String> orderEventsWith(String orderId, String type) {
        return eventually(() -> order.eventsOf(orderId), types -> types.contains(type));
    }
}
