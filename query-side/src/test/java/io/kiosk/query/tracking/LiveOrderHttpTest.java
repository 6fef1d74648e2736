package io.kiosk.query.tracking;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderPaid;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.QuerySideHttpTest;
import io.kiosk.query.tracking.ServerSentEvents.Event;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer watching their order live: the stream opens with the order as it stands and brings every change as
 * the tracking read model takes it in. Nobody watches someone else's order.
 */
class LiveOrderHttpTest extends QuerySideHttpTest {

    private static final Duration SOON = Duration.ofSeconds(10);

    @LocalServerPort
    private int port;

    private URI live(OrderId order) {
        return URI.create("http://localhost:" + port + "/api/orders/" + order + "/live");
    }

    @Test
    void the_owner_sees_the_order_now_and_then_every_change_as_it_happens() throws Exception {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        PaymentId payment = PaymentId.random();

        try (ServerSentEvents stream = ServerSentEvents.open(live(order), identity.accessToken(mia, Role.CUSTOMER))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            Event now = stream.next(SOON);
            assertThat(now.name()).isEqualTo("order");
            assertThat(now.data().path("status").asText()).isEqualTo("PLACED");
            assertThat(now.id()).isEqualTo("0");

            history.record(ExampleEvents.ORDER, order, new OrderAwaitingPayment(order, payment));
            Event awaiting = stream.next(SOON);
            history.record(ExampleEvents.ORDER, order, new OrderPaid(order, payment));
            Event paid = stream.next(SOON);

            assertThat(awaiting.data().path("status").asText()).isEqualTo("AWAITING_PAYMENT");
            assertThat(awaiting.id()).isEqualTo("1");
            assertThat(paid.data().path("status").asText()).isEqualTo("PAID");
            assertThat(paid.data().path("timeline").findValuesAsText("status")).containsExactly("PLACED", "AWAITING_PAYMENT", "PAID");
        }
    }

    @Test
    void a_browser_may_pass_its_token_in_the_address_of_a_live_stream_only() throws Exception {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        String token = identity.accessToken(mia, Role.CUSTOMER);

        try (ServerSentEvents stream = ServerSentEvents.open(URI.create(live(order) + "?access_token=" + token), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next(SOON).data().path("orderId").asText()).isEqualTo(order.toString());
        }
        assertThat(http.get("/api/orders/" + order + "?access_token=" + token, null).status()).isEqualTo(401);
    }

    @Test
    void someone_elses_order_cannot_be_watched_and_looks_like_a_missing_one() throws Exception {
        OrderId someoneElses = placedBy(CustomerId.random());
        String noah = identity.accessToken(CustomerId.random(), Role.CUSTOMER);

        try (ServerSentEvents stream = ServerSentEvents.open(live(someoneElses), noah);
             ServerSentEvents missing = ServerSentEvents.open(live(OrderId.random()), noah);
             ServerSentEvents anonymous = ServerSentEvents.open(live(someoneElses), null)) {
            assertThat(stream.status()).isEqualTo(404).isEqualTo(missing.status());
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    @Test
    void a_caller_holds_at_most_five_live_streams_at_once_and_gets_a_place_back_when_one_ends() throws Exception {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        // these five end with their token, a few seconds from now
        String shortLived = identity.sign(identity.claims(mia, Role.CUSTOMER).expiresAt(Instant.now().plusSeconds(4)).build());
        List<ServerSentEvents> open = new ArrayList<>();
        try {
            for (int stream = 0; stream < 5; stream++) {
                open.add(ServerSentEvents.open(live(order), shortLived));
                assertThat(open.get(stream).status()).isEqualTo(200);
            }
            try (ServerSentEvents sixth = ServerSentEvents.open(live(order), identity.accessToken(mia, Role.CUSTOMER))) {
                assertThat(sixth.status()).isEqualTo(429);
                assertThat(sixth.contentType()).startsWith("application/problem+json");
                assertThat(sixth.header("Retry-After")).isEqualTo("15");
            }
            CustomerId noah = CustomerId.random();
            try (ServerSentEvents another = ServerSentEvents.open(live(placedBy(noah)), identity.accessToken(noah, Role.CUSTOMER))) {
                assertThat(another.status()).as("another caller is not held back").isEqualTo(200);
            }

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                try (ServerSentEvents again = ServerSentEvents.open(live(order), identity.accessToken(mia, Role.CUSTOMER))) {
                    return again.status() == 200;
                }
            });
        } finally {
            for (ServerSentEvents stream : open) {
                stream.close();
            }
        }
    }

    @Test
    void staff_watch_any_order() throws Exception {
        OrderId order = placedBy(CustomerId.random());

        try (ServerSentEvents stream = ServerSentEvents.open(live(order), identity.accessToken(CustomerId.random(), Role.BACK_OFFICE))) {
            assertThat(stream.next(SOON).data().path("orderId").asText()).isEqualTo(order.toString());
        }
    }
}
