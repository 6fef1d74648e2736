package io.kiosk.query.tracking;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Following an order over the query API: its owner and staff see it, nobody else learns it exists. */
class OrderTrackingHttpTest extends QuerySideHttpTest {

    @Autowired
    private JdbcClient jdbc;

    private OrderId placedBy(CustomerId customer) {
        OrderId order = OrderId.random();
        history.record(ExampleEvents.ORDER, order, ExampleEvents.orderPlaced(order, customer));
        eventually("/api/orders/" + order, identity.accessToken(customer, Role.CUSTOMER), 200);
        return order;
    }

    @Test
    void a_customer_follows_their_own_order_with_its_owner_lines_and_total() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);

        Answer answer = http.get("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("orderId")).isEqualTo(order.toString());
        assertThat(answer.field("customerId")).isEqualTo(mia.toString());
        assertThat(answer.field("status")).isEqualTo("PLACED");
        assertThat(answer.body().path("lines").get(0).path("productId").asText()).isEqualTo("ks-charger-pro");
        assertThat(answer.body().path("total").path("amount").asText()).isEqualTo("398.00");
    }

    @Test
    void another_customers_order_is_answered_exactly_like_a_missing_one() {
        OrderId someoneElses = placedBy(CustomerId.random());
        OrderId missing = OrderId.random();
        String noah = identity.accessToken(CustomerId.random(), Role.CUSTOMER);

        Answer forbiddenFruit = http.get("/api/orders/" + someoneElses, noah);
        Answer nothing = http.get("/api/orders/" + missing, noah);

        assertThat(forbiddenFruit.status()).isEqualTo(404).isEqualTo(nothing.status());
        assertThat(forbiddenFruit.contentType()).isEqualTo(nothing.contentType());
        assertThat(forbiddenFruit.text().replace(someoneElses.toString(), "{id}"))
                .isEqualTo(nothing.text().replace(missing.toString(), "{id}"));
        assertThat(forbiddenFruit.field("type")).isEqualTo("/problems/not-found");
    }

    @Test
    void back_office_and_admins_follow_every_customers_orders() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);

        for (Role staff : new Role[] {Role.BACK_OFFICE, Role.ADMIN}) {
            Answer answer = http.get("/api/orders/" + order, identity.accessToken(CustomerId.random(), staff));

            assertThat(answer.status()).as(staff.name()).isEqualTo(200);
            assertThat(answer.field("customerId")).as(staff.name()).isEqualTo(mia.toString());
        }
    }

    @Test
    void replaying_the_order_events_keeps_one_row_per_order_and_per_line() {
        CustomerId mia = CustomerId.random();
        OrderId order = placedBy(mia);
        String before = http.get("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER)).text();

        replayEverything("order-tracking");

        assertThat(rows("order_tracking", order)).isOne();
        assertThat(rows("order_tracking_line", order)).isOne();
        assertThat(http.get("/api/orders/" + order, identity.accessToken(mia, Role.CUSTOMER)).text()).isEqualTo(before);
    }

    private long rows(String table, OrderId order) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE order_id = :orderId")
                .param("orderId", order.value()).query(Long.class).single();
    }
}
