package io.kiosk.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.catalog.ProductDefined;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.catalog.ProductPublished;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The back office rebuilds read models over the query API: it sees every projection's processor, resets one
 * and follows its replay (events done of the total, rate, percent) while the others run on, is refused a
 * second replay of it meanwhile, and finds the read model answering as before once it is done.
 */
class ProjectionReplayHttpTest extends QuerySideHttpTest {

    @Autowired
    private ReplayDrill drill;

    private String staff() {
        return identity.accessToken(CustomerId.random(), Role.BACK_OFFICE);
    }

    @Test
    void the_back_office_sees_every_projection_live_with_its_segments_and_position() {
        OrderId order = OrderId.random();
        CustomerId mia = CustomerId.random();
        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, mia));
        eventually("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER), 200);

        Answer all = eventually("/api/admin/projections", staff(), answer -> answer.status() == 200
                && projection(answer.body(), "order-tracking").path("status").asText().equals("LIVE"));

        assertThat(all.body().path("projections").findValuesAsText("name"))
                .contains("catalog", "customer-profile", "order-search", "order-tracking", ReplayDrill.GROUP);
        JsonNode tracking = projection(all.body(), "order-tracking");
        assertThat(tracking.path("segments").path("claimed").asInt()).isEqualTo(4);
        assertThat(tracking.path("segments").path("total").asInt()).isEqualTo(4);
        assertThat(tracking.path("position").asLong()).isPositive().isLessThanOrEqualTo(all.body().path("head").asLong());
        assertThat(tracking.path("deadLetters").isNumber()).isTrue();
    }

    @Test
    void a_replay_shows_its_progress_refuses_a_second_one_and_finishes_while_the_rest_runs_on() {
        history.record(ExampleEvents.CUSTOMER, CustomerId.random(), ExampleEvents.registered(CustomerId.random(), "Ada Drill"));
        String staff = staff();
        eventually("/api/admin/projections/" + ReplayDrill.GROUP, staff, answer -> answer.field("status").equals("LIVE"));
        int resets = drill.resets();
        int caughtUp = drill.caughtUpCalls();
        drill.closeGate();
        try {
            Answer started = http.post("/api/admin/projections/" + ReplayDrill.GROUP + "/replay", staff, null);

            assertThat(started.status()).isEqualTo(202);
            assertThat(started.headers().getLocation()).hasToString("/api/admin/projections/" + ReplayDrill.GROUP);
            assertThat(started.field("status")).isEqualTo("REPLAYING");
            assertThat(drill.resets()).as("the reset handlers ran").isEqualTo(resets + 1);

            Answer underWay = http.get("/api/admin/projections/" + ReplayDrill.GROUP, staff);
            JsonNode replay = underWay.body().path("replay");
            assertThat(underWay.field("status")).isEqualTo("REPLAYING");
            assertThat(replay.path("startedAt").asText()).isNotBlank();
            assertThat(replay.has("finishedAt")).isFalse();
            assertThat(replay.path("eventsTotal").asLong()).isPositive();
            assertThat(replay.path("eventsDone").asLong()).isLessThan(replay.path("eventsTotal").asLong());
            assertThat(replay.path("percent").asDouble()).isLessThan(100.0);

            Answer again = http.post("/api/admin/projections/" + ReplayDrill.GROUP + "/replay", staff, null);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(again.field("type")).isEqualTo("/problems/replay-in-progress");

            OrderId meanwhile = OrderId.random();
            CustomerId bo = CustomerId.random();
            history.record(ExampleEvents.ORDER, meanwhile, ExampleEvents.orderPlaced(meanwhile, bo));
            eventually("/api/orders/" + meanwhile, identity.accessToken(bo, Role.CUSTOMER), 200);
        } finally {
            drill.openGate();
        }

        Answer done = eventually("/api/admin/projections/" + ReplayDrill.GROUP, staff,
                answer -> answer.body().path("replay").has("finishedAt"));
        JsonNode replay = done.body().path("replay");
        assertThat(done.field("status")).isEqualTo("LIVE");
        assertThat(replay.path("eventsDone").asLong()).isEqualTo(replay.path("eventsTotal").asLong());
        assertThat(replay.path("percent").asDouble()).isEqualTo(100.0);
        assertThat(replay.path("eventsPerSecond").asDouble()).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> drill.caughtUpCalls() > caughtUp);
    }

    @Test
    void replaying_the_postgresql_read_models_through_the_endpoint_rebuilds_the_same_answers() {
        CustomerId lin = CustomerId.random();
        OrderId order = OrderId.random();
        ProductId lamp = new ProductId("ks-replay-lamp-" + UUID.randomUUID().toString().substring(0, 8));
        history.record(ExampleEvents.CUSTOMER, lin, ExampleEvents.registered(lin, "Lin Replay"));
        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, lin));
        history.record(ExampleEvents.PRODUCT, lamp, new ProductDefined(lamp, ExampleEvents.lamp("lighting")), new ProductPublished(lamp));
        String customer = identity.accessToken(lin, Role.CUSTOMER);
        String orderBefore = eventually("/api/orders/" + order, customer, 200).text();
        String profileBefore = eventually("/api/customers/me", customer, 200).text();
        String productBefore = eventually("/api/products/" + lamp, null, 200).text();
        String staff = staff();

        for (String projection : new String[]{"order-tracking", "customer-profile", "catalog"}) {
            assertThat(http.post("/api/admin/projections/" + projection + "/replay", staff, null).status()).as(projection).isEqualTo(202);
        }
        for (String projection : new String[]{"order-tracking", "customer-profile", "catalog"}) {
            eventually("/api/admin/projections/" + projection, staff, answer -> answer.body().path("replay").has("finishedAt")
                    && answer.field("status").equals("LIVE"));
        }

        assertThat(http.get("/api/orders/" + order, customer).text()).isEqualTo(orderBefore);
        assertThat(http.get("/api/customers/me", customer).text()).isEqualTo(profileBefore);
        assertThat(http.get("/api/products/" + lamp, null).text()).isEqualTo(productBefore);
    }

    @Test
    void an_unknown_projection_is_a_problem_not_an_error() {
        Answer missing = http.get("/api/admin/projections/no-such-thing", staff());
        Answer notReplayed = http.send(HttpMethod.POST, "/api/admin/projections/no-such-thing/replay", staff());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.field("type")).isEqualTo("/problems/not-found");
        assertThat(notReplayed.status()).isEqualTo(404);
        assertThat(notReplayed.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode projection(JsonNode list, String name) {
        for (JsonNode projection : list.path("projections")) {
            if (projection.path("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name + " in " + list);
    }
}
