package io.kiosk.query.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.CustomerEmailVerified;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events a projection cannot handle go to the dead-letter queue with their sequence, and the processor moves
 * on; the back office lists them, retries them once the cause is fixed (a test read model with a bug, and its
 * fix), or discards them saying why (a real projection refusing a label its table cannot hold). A failure of
 * the store (a lock not granted in time) is no reason to park an event: it is retried until it goes through.
 */
class DeadLetterHttpTest extends QuerySideHttpTest {

    /** Longer than the 40 characters order_tracking_line.category holds: a label the tracking tables refuse. */
    private static final String TOO_LONG_CATEGORY = "chargers-power-banks-cables-and-everything-in-between";

    @Autowired
    private FlakyDrill flaky;

    @Autowired
    private PoisonDrill poison;

    private String staff() {
        return identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
    }

    private static OrderPlaced placedWithCategory(OrderId order, CustomerId customer, String category) {
        OrderPlaced placed = ExampleEvents.orderPlaced(order, customer);
        OrderLine line = placed.lines().get(0);
        OrderLine labelled = new OrderLine(line.lineId(), line.productId(), line.options(), line.quantity(), line.unitPrice(),
                line.stockItemId(), new ProductLabel(LocalizedText.of("KS 充电器", "KS Charger"), category));
        return new OrderPlaced(order, placed.cartId(), customer, List.of(labelled), placed.total(), null, null);
    }

    private List<JsonNode> lettersOf(String projection, String sequenceId) {
        Answer list = http.get("/api/admin/dead-letters?projection=" + projection, staff());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body().path("letters").findParents("sequenceId").stream()
                .filter(letter -> letter.path("sequenceId").asText().equals(sequenceId))
                .toList();
    }

    @Test
    void a_poison_event_is_parked_with_its_sequence_the_rest_moves_on_and_the_back_office_discards_it_saying_why() {
        CustomerId mia = CustomerId.random();
        String token = identity.accessToken(mia, Role.CUSTOMER);
        OrderId poisoned = OrderId.random();
        history.record(ExampleEvents.ORDER, poisoned, placedWithCategory(poisoned, mia, TOO_LONG_CATEGORY),
                new OrderAwaitingPayment(poisoned, PaymentId.random()));
        OrderId healthy = OrderId.random();
        history.record(ExampleEvents.ORDER, healthy, ExampleEvents.orderPlaced(healthy, mia));

        eventually("/api/orders/" + healthy, token, 200);
        List<JsonNode> parked = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> lettersOf("order-tracking", poisoned.toString()), letters -> letters.size() == 2);
        assertThat(http.get("/api/orders/" + poisoned, token).status()).as("nothing half-written").isEqualTo(404);
        JsonNode first = parked.get(0);
        assertThat(first.path("projection").asText()).isEqualTo("order-tracking");
        assertThat(first.path("eventType").asText()).isEqualTo("OrderPlaced");
        assertThat(first.path("aggregateType").asText()).isEqualTo("Order");
        assertThat(first.path("aggregateId").asText()).isEqualTo(poisoned.toString());
        assertThat(first.path("aggregateSequenceNumber").asLong()).isZero();
        assertThat(first.path("causeType").asText()).contains("DataIntegrityViolation");
        assertThat(first.path("causeMessage").asText()).contains("character varying(40)");
        assertThat(first.path("enqueuedAt").asText()).isNotBlank();
        assertThat(first.path("timestamp").asText()).isNotBlank();
        assertThat(first.path("retries").asLong()).isZero();
        JsonNode behind = parked.get(1);
        assertThat(behind.path("eventType").asText()).isEqualTo("OrderAwaitingPayment");
        assertThat(behind.path("aggregateSequenceNumber").asLong()).isOne();
        assertThat(behind.has("causeType")).as("queued behind, never tried").isFalse();
        assertThat(http.get("/api/admin/projections/order-tracking", staff()).body().path("deadLetters").asLong())
                .isGreaterThanOrEqualTo(2);

        String path = "/api/admin/dead-letters/order-tracking/" + poisoned;
        Answer stillBroken = http.post(path + "/retry", staff(), null);
        assertThat(stillBroken.status()).isEqualTo(200);
        assertThat(stillBroken.field("result")).isEqualTo("FAILED");
        assertThat(stillBroken.body().path("remaining").get(0).path("retries").asLong()).isOne();
        assertThat(lettersOf("order-tracking", poisoned.toString())).hasSize(2);

        Answer withoutReason = http.send(HttpMethod.DELETE, path, staff());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.field("field")).isEqualTo("reason");
        Answer discarded = http.send(HttpMethod.DELETE, path + "?reason=a+test+order+whose+label+nobody+can+store", staff());
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.field("result")).isEqualTo("DISCARDED");
        assertThat(discarded.body().path("letters").asInt()).isEqualTo(2);
        assertThat(discarded.field("reason")).isEqualTo("a test order whose label nobody can store");
        assertThat(lettersOf("order-tracking", poisoned.toString())).isEmpty();
        assertThat(http.post(path + "/retry", staff(), null).status()).as("nothing left to retry").isEqualTo(404);
        assertThat(http.send(HttpMethod.DELETE, path + "?reason=again", staff()).status()).isEqualTo(404);
    }

    @Test
    void a_parked_sequence_retried_after_the_fix_is_handled_in_order() {
        CustomerId ada = CustomerId.random();
        CustomerRegistered registered = ExampleEvents.registered(ada, "Poison Ada");
        history.record(ExampleEvents.CUSTOMER, ada, registered, new CustomerEmailVerified(ada, registered.email()));
        CustomerId bo = CustomerId.random();
        history.record(ExampleEvents.CUSTOMER, bo, ExampleEvents.registered(bo, "Healthy Bo"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> lettersOf(PoisonDrill.GROUP, ada.toString()), letters -> letters.size() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> poison.handled(bo).equals(List.of("registered")));
        String path = "/api/admin/dead-letters/" + PoisonDrill.GROUP + "/" + ada + "/retry";

        assertThat(http.post(path, staff(), null).field("result")).as("before the fix").isEqualTo("FAILED");
        assertThat(poison.handled(ada)).isEmpty();

        poison.fix();
        Answer retried = http.post(path, staff(), null);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.field("result")).isEqualTo("PROCESSED");
        assertThat(retried.body().path("letters").asInt()).isEqualTo(2);
        assertThat(retried.body().path("remaining")).isEmpty();
        assertThat(poison.handled(ada)).containsExactly("registered", "verified");
        assertThat(lettersOf(PoisonDrill.GROUP, ada.toString())).isEmpty();
    }

    @Test
    void a_store_that_is_busy_for_a_while_is_retried_not_dead_lettered() {
        CustomerId flakyOne = CustomerId.random();
        history.record(ExampleEvents.CUSTOMER, flakyOne, ExampleEvents.registered(flakyOne, "Flaky Fang"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> flaky.handled(flakyOne));

        assertThat(flaky.attempts(flakyOne)).isEqualTo(3);
        assertThat(http.get("/api/admin/dead-letters?projection=" + FlakyDrill.GROUP, staff()).body().path("letters")).isEmpty();
    }

    @Test
    void dead_letters_of_an_unknown_projection_or_sequence_are_a_problem_not_an_error() {
        assertThat(http.get("/api/admin/dead-letters?projection=no-such-thing", staff()).status()).isEqualTo(404);
        assertThat(http.post("/api/admin/dead-letters/no-such-thing/abc/retry", staff(), null).status()).isEqualTo(404);
        Answer unknownSequence = http.post("/api/admin/dead-letters/order-tracking/" + OrderId.random() + "/retry", staff(), null);
        assertThat(unknownSequence.status()).isEqualTo(404);
        assertThat(unknownSequence.field("type")).isEqualTo("/problems/not-found");
    }
}
