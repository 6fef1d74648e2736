package io.kiosk.query.readyourwrites;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderAwaitingPayment;
import io.kiosk.api.order.OrderId;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.projections.tracking.OrderTrackingProjection;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that read right after writing would see the read model as it was; with the position its command
 * answered it sees its own change, or is told honestly that the read model is not there yet.
 */
class ReadYourWritesHttpTest extends QuerySideHttpTest {

    @Autowired
    private EventProcessingConfiguration processing;

    private StreamingEventProcessor tracking() {
        return processing.eventProcessor(OrderTrackingProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    @Test
    void a_read_at_the_position_of_a_write_shows_that_write_without_retrying() {
        CustomerId mia = CustomerId.random();
        String token = identity.accessToken(mia, Role.CUSTOMER);
        OrderId order = OrderId.random();

        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, mia));
        Answer placed = http.get("/api/orders/" + order + "?position=" + positionOf(order), token);
        history.record(ExampleEvents.ORDER, order, new OrderAwaitingPayment(order, PaymentId.random()));
        Answer awaiting = http.get("/api/orders/" + order + "?position=" + positionOf(order), token);
        Answer listed = http.get("/api/orders?position=" + positionOf(order), token);

        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.field("status")).isEqualTo("PLACED");
        assertThat(awaiting.field("status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(listed.body().path("orders").findValuesAsText("orderId")).containsExactly(order.toString());
    }

    @Test
    void a_read_model_that_is_not_there_yet_answers_an_honest_not_yet_and_then_the_write() {
        CustomerId mia = CustomerId.random();
        String token = identity.accessToken(mia, Role.CUSTOMER);
        OrderId order = OrderId.random();
        StreamingEventProcessor tracking = tracking();

        tracking.shutDown();
        try {
            history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, mia));
            Answer notYet = http.get("/api/orders/" + order + "?position=" + positionOf(order), token);

            assertThat(notYet.status()).isEqualTo(503);
            assertThat(notYet.contentType()).startsWith("application/problem+json");
            assertThat(notYet.field("type")).isEqualTo("/problems/read-model-behind");
            assertThat(notYet.field("field")).isEqualTo("position");
            assertThat(notYet.body().path("readModels").get(0).asText()).isEqualTo("order-tracking");
            assertThat(notYet.headers().getFirst("Retry-After")).isEqualTo("1");
        } finally {
            tracking.start();
        }
        Answer caughtUp = http.get("/api/orders/" + order + "?position=" + positionOf(order), token);
        assertThat(caughtUp.status()).isEqualTo(200);
        assertThat(caughtUp.field("status")).isEqualTo("PLACED");
    }

    @Test
    void a_position_that_is_no_position_or_beyond_the_log_is_refused_naming_it() {
        String token = identity.accessToken(CustomerId.random(), Role.CUSTOMER);
        OrderId order = OrderId.random();
        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, CustomerId.random()));

        for (String position : new String[] {"soon", "-1", Long.toString(positionOf(order) + 1_000_000)}) {
            Answer refused = http.get("/api/orders?position=" + position, token);

            assertThat(refused.status()).as(position).isEqualTo(400);
            assertThat(refused.field("type")).as(position).isEqualTo("/problems/invalid-request");
            assertThat(refused.field("field")).as(position).isEqualTo("position");
        }
    }
}
