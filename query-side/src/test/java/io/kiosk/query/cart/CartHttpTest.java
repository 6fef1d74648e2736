package io.kiosk.query.cart;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.cart.CartCheckedOut;
import io.kiosk.api.cart.CartCreated;
import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.CartItemQuantityChanged;
import io.kiosk.api.cart.ItemRemovedFromCart;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import io.kiosk.projections.cart.CartProjection;
import io.kiosk.query.ExampleEvents;
import io.kiosk.query.HttpClientForTests.Answer;
import io.kiosk.query.QuerySideHttpTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static io.kiosk.query.ExampleEvents.CART;
import static io.kiosk.query.ExampleEvents.chargersAdded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carts read back over the query API, built by the cart processor from the Cart's events: a customer's own cart by id
 * and their current one, someone else's answered like a missing one, a read at a change's position showing the change,
 * and the same answers after a rebuild.
 */
class CartHttpTest extends QuerySideHttpTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private EventProcessingConfiguration processing;

    /** Mia's cart: three chargers (one added, then counted up) and a fourth line she took out again. */
    private CartId miasCart(CustomerId mia, CartItemId chargers) {
        CartId cart = CartId.random();
        CartItemId removed = CartItemId.random();
        history.record(CART, cart, new CartCreated(cart, mia),
                chargersAdded(cart, chargers, 1),
                chargersAdded(cart, removed, 1),
                new CartItemQuantityChanged(cart, chargers, new Quantity(3)),
                new ItemRemovedFromCart(cart, removed));
        return cart;
    }

    @Test
    void a_customer_reads_back_their_cart_with_names_options_quantities_prices_and_totals() {
        CustomerId mia = CustomerId.random();
        CartItemId chargers = CartItemId.random();
        CartId cart = miasCart(mia, chargers);

        Answer answer = http.get("/api/carts/" + cart + "?position=" + positionOf(cart), identity.accessToken(mia, Role.CUSTOMER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode body = answer.body();
        assertThat(body.path("cartId").asText()).isEqualTo(cart.toString());
        assertThat(body.path("customerId").asText()).isEqualTo(mia.toString());
        assertThat(body.path("status").asText()).isEqualTo("OPEN");
        assertThat(body.has("orderId")).as("no order while open").isFalse();
        assertThat(body.path("lines")).hasSize(1);
        JsonNode line = body.path("lines").get(0);
        assertThat(line.path("itemId").asText()).isEqualTo(chargers.toString());
        assertThat(line.path("productId").asText()).isEqualTo("ks-charger-pro");
        assertThat(line.path("label").path("name").path("zh").asText()).isEqualTo("KS 无线充电器 Pro");
        assertThat(line.path("label").path("name").path("en").asText()).isEqualTo("KS Wireless Charger Pro");
        assertThat(line.path("label").path("category").asText()).isEqualTo("chargers");
        assertThat(line.path("options").path("colour").asText()).isEqualTo("graphite");
        assertThat(line.path("options").path("size").asText()).isEqualTo("L");
        assertThat(line.path("quantity").asInt()).isEqualTo(3);
        assertThat(line.path("unitPrice").path("amount").asText()).isEqualTo("218.90");
        assertThat(line.path("unitPrice").path("currency").asText()).isEqualTo("CNY");
        assertThat(line.path("lineTotal").path("amount").asText()).isEqualTo("656.70");
        assertThat(body.path("itemCount").asInt()).isEqualTo(3);
        assertThat(body.path("total").path("amount").asText()).isEqualTo("656.70");
        assertThat(body.path("total").path("currency").asText()).isEqualTo("CNY");
        assertThat(body.path("createdAt").asText()).isNotBlank();
        assertThat(body.path("updatedAt").asText()).isNotBlank();
        assertThat(body.path("version").asLong()).isEqualTo(4);
    }

    @Test
    void the_current_cart_is_the_newest_open_one_and_a_checked_out_cart_names_its_order() {
        CustomerId lei = CustomerId.random();
        String token = identity.accessToken(lei, Role.CUSTOMER);
        CartId older = CartId.random();
        history.record(CART, older, new CartCreated(older, lei));
        CartId newer = CartId.random();
        CartItemId chargers = CartItemId.random();
        history.record(CART, newer, new CartCreated(newer, lei), chargersAdded(newer, chargers, 2));

        Answer current = http.get("/api/carts/current?position=" + positionOf(newer), token);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.field("cartId")).isEqualTo(newer.toString());

        OrderId order = OrderId.random();
        history.record(CART, newer, new CartCheckedOut(newer, lei, order, List.of(), null, null));
        Answer checkedOut = http.get("/api/carts/" + newer + "?position=" + positionOf(newer), token);
        assertThat(checkedOut.field("status")).isEqualTo("CHECKED_OUT");
        assertThat(checkedOut.field("orderId")).isEqualTo(order.toString());
        assertThat(checkedOut.field("checkedOutAt")).isNotBlank();
        assertThat(checkedOut.body().path("lines")).as("the lines it was checked out with").hasSize(1);
        assertThat(http.get("/api/carts/current", token).field("cartId")).isEqualTo(older.toString());

        history.record(CART, older, new CartCheckedOut(older, lei, OrderId.random(), List.of(), null, null));
        Answer none = http.get("/api/carts/current?position=" + positionOf(older), token);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.field("type")).isEqualTo("/problems/not-found");
    }

    @Test
    void someone_elses_cart_is_answered_like_a_missing_one_and_staff_read_every_cart() {
        CustomerId mia = CustomerId.random();
        CartId cart = miasCart(mia, CartItemId.random());
        eventually("/api/carts/" + cart, identity.accessToken(mia, Role.CUSTOMER), 200);

        Answer strangers = http.get("/api/carts/" + cart, identity.accessToken(CustomerId.random(), Role.CUSTOMER));
        Answer missing = http.get("/api/carts/" + CartId.random(), identity.accessToken(mia, Role.CUSTOMER));
        Answer backOffice = http.get("/api/carts/" + cart, identity.accessToken(CustomerId.random(), Role.BACK_OFFICE));

        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.field("type")).isEqualTo(missing.field("type")).isEqualTo("/problems/not-found");
        assertThat(strangers.text()).doesNotContain(mia.toString(), "ks-charger-pro");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(backOffice.status()).isEqualTo(200);
        assertThat(backOffice.field("customerId")).isEqualTo(mia.toString());
    }

    @Test
    void a_cart_read_model_that_is_not_there_yet_says_so_at_a_position_and_then_shows_the_change() {
        CustomerId mia = CustomerId.random();
        String token = identity.accessToken(mia, Role.CUSTOMER);
        StreamingEventProcessor carts = processing.eventProcessor(CartProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        CartId cart;
        carts.shutDown();
        try {
            cart = miasCart(mia, CartItemId.random());
            Answer notYet = http.get("/api/carts/" + cart + "?position=" + positionOf(cart), token);

            assertThat(notYet.status()).isEqualTo(503);
            assertThat(notYet.field("type")).isEqualTo("/problems/read-model-behind");
            assertThat(notYet.body().path("readModels").get(0).asText()).isEqualTo("cart");
        } finally {
            carts.start();
        }
        assertThat(http.get("/api/carts/" + cart + "?position=" + positionOf(cart), token).body().path("itemCount").asInt())
                .isEqualTo(3);
    }

    @Test
    void rebuilding_the_carts_from_the_log_gives_the_same_answers() {
        CustomerId mia = CustomerId.random();
        String token = identity.accessToken(mia, Role.CUSTOMER);
        CartId cart = miasCart(mia, CartItemId.random());
        String before = eventually("/api/carts/" + cart, token, answer -> answer.status() == 200
                && answer.body().path("version").asLong() == 4).text();

        replayEverything(CartProjection.PROCESSING_GROUP);

        assertThat(http.get("/api/carts/" + cart, token).text()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM cart_line WHERE cart_id = :id").param("id", cart.value())
                .query(Long.class).single()).isOne();
    }
}
