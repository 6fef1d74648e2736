package io.kiosk.command.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.TestProducts;
import io.kiosk.command.idempotency.KeyedClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A customer's retries with an {@code Idempotency-Key}, over HTTP against the real event store in
 * PostgreSQL: the first answer comes back, and the event store holds one cart and one order.
 */
class IdempotencyHttpTest extends CommandSideHttpTest {

    private CustomerId customerId;
    private HttpClientForTests http;
    private KeyedClient client;
    private String chargers;

    @BeforeEach
    void setUp() {
        customerId = CustomerId.random();
        String token = tokens().forAccount(customerId, Role.CUSTOMER);
        http = anonymous().as(token);
        client = new KeyedClient(baseUrl(), token);
        String chargerId = TestProducts.uniqueId("ks-charger-pro");
        newBackOffice().offer(chargerId, TestProducts.charger());
        chargers = """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},"quantity":2}""".formatted(chargerId);
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    /** A cart of this test's customer, opened without a key and holding two chargers. */
    private String filledCart() {
        String cart = http.send(POST, "/api/carts", null).text("cartId");
        assertThat(http.send(POST, "/api/carts/" + cart + "/items", chargers).status()).isEqualTo(201);
        return cart;
    }

    private int ordersPlacedFor(String cart) {
        return jdbc.queryForObject("select count(*) from eventstore.domain_event_entry"
                + " where payload_type = 'io.kiosk.api.order.OrderPlaced'"
                + " and convert_from(payload, 'UTF8') like '%\"cartId\":\"' || ? || '\"%'", Integer.class, cart);
    }

    private int cartsOpenedBy(CustomerId customer) {
        return jdbc.queryForObject("select count(*) from eventstore.domain_event_entry"
                + " where payload_type = 'io.kiosk.api.cart.CartCreated'"
                + " and convert_from(payload, 'UTF8') like '%' || ? || '%'", Integer.class, customer.toString());
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("/problems/" + type);
        assertThat(answer.text("detail")).isNotBlank();
        assertThat(answer.text("field")).isEqualTo("Idempotency-Key");
    }

    @Test
    void a_retried_checkout_gets_the_first_answer_and_places_one_order() {
        String cart = filledCart();
        String key = newKey();

        Answer first = client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, key);
        Answer retry = client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.isReplay()).isFalse();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.isReplay()).isTrue();
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(retry.location()).isEqualTo(first.location()).isEqualTo("/api/orders/" + first.text("orderId"));
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.position()).as("how far the log went with the first checkout").isNotNull().isEqualTo(first.position());
        assertThat(ordersPlacedFor(cart)).isEqualTo(1);
    }

    @Test
    void a_retried_cart_opening_opens_one_cart() {
        String key = newKey();

        Answer first = client.post("/api/carts", null, key);
        Answer retry = client.post("/api/carts", null, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.isReplay()).isTrue();
        assertThat(retry.text("cartId")).isEqualTo(first.text("cartId"));
        assertThat(cartsOpenedBy(customerId)).isEqualTo(1);
    }

    @Test
    void a_key_used_for_another_request_is_refused_and_nothing_happens() {
        String firstCart = filledCart();
        String secondCart = filledCart();
        String key = newKey();
        assertThat(client.post("/api/carts/" + firstCart + "/checkout", TestCheckout.BODY, key).status()).isEqualTo(201);

        assertProblem(client.post("/api/carts/" + secondCart + "/checkout", TestCheckout.BODY, key), 422, "idempotency-key-reused");
        assertProblem(client.post("/api/carts", null, key), 422, "idempotency-key-reused");
        assertThat(ordersPlacedFor(secondCart)).isZero();
        assertThat(cartsOpenedBy(customerId)).isEqualTo(2);
    }

    @Test
    void the_same_path_with_another_body_is_another_request() {
        String key = newKey();
        assertThat(client.post("/api/carts", null, key).status()).isEqualTo(201);

        // the body is fingerprinted on the way in, whether or not the endpoint reads it
        assertProblem(client.post("/api/carts", "{}", key), 422, "idempotency-key-reused");
        assertThat(cartsOpenedBy(customerId)).isEqualTo(1);
    }

    @Test
    void without_a_key_every_request_is_a_new_one() {
        Answer first = client.post("/api/carts", null, (String) null);
        Answer second = client.post("/api/carts", null, (String) null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.isReplay()).isFalse();
        assertThat(second.text("cartId")).isNotEqualTo(first.text("cartId"));
    }

    @Test
    void a_key_sent_to_an_endpoint_that_is_not_idempotent_is_ignored_and_the_body_still_arrives() {
        String cart = http.send(POST, "/api/carts", null).text("cartId");
        String key = newKey();

        Answer first = client.post("/api/carts/" + cart + "/items", chargers, key);
        Answer second = client.post("/api/carts/" + cart + "/items", chargers, key);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(second.isReplay()).isFalse();
        assertThat(second.body().path("version").asLong()).isEqualTo(first.body().path("version").asLong() + 1);
    }

    @Test
    void two_customers_using_the_same_key_do_not_collide() {
        String key = newKey();
        KeyedClient stranger = new KeyedClient(baseUrl(), newCustomerToken());

        Answer mine = client.post("/api/carts", null, key);
        Answer theirs = stranger.post("/api/carts", null, key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.isReplay()).isFalse();
        assertThat(theirs.text("cartId")).isNotEqualTo(mine.text("cartId"));
    }

    @Test
    void a_malformed_key_is_refused_naming_the_header() {
        for (List<String> keys : List.of(List.of("k".repeat(256)), List.of(""), List.of("one", "two"))) {
            Answer answer = client.post("/api/carts", null, keys);
            assertProblem(answer, 400, "invalid-request");
            assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
        }
        assertThat(client.post("/api/carts", null, "k".repeat(255)).status()).isEqualTo(201);
        assertThat(cartsOpenedBy(customerId)).isEqualTo(1);
    }

    @Test
    void a_client_error_is_kept_so_the_same_retry_gets_the_same_refusal() {
        String cart = http.send(POST, "/api/carts", null).text("cartId");
        String key = newKey();
        Answer empty = client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, key);
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.text("type")).isEqualTo("/problems/cart-empty");
        http.send(POST, "/api/carts/" + cart + "/items", chargers);

        Answer retry = client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, key);

        assertThat(retry.isReplay()).isTrue();
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.raw()).isEqualTo(empty.raw());
        assertThat(ordersPlacedFor(cart)).isZero();
        assertThat(client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, newKey()).status()).isEqualTo(201);
    }

    @Test
    void the_api_description_offers_the_header_on_idempotent_operations_only() {
        JsonNode paths = http.send(GET, "/v3/api-docs", null).body().path("paths");

        assertThat(headerNames(paths.path("/api/carts").path("post"))).contains("Idempotency-Key");
        assertThat(headerNames(paths.path("/api/carts/{cartId}/checkout").path("post"))).contains("Idempotency-Key");
        assertThat(headerNames(paths.path("/api/carts/{cartId}/items").path("post"))).doesNotContain("Idempotency-Key");
        assertThat(paths.path("/api/carts/{cartId}/checkout").path("post").path("responses").has("422")).isTrue();
    }

    private static List<String> headerNames(JsonNode operation) {
        return operation.path("parameters").findValues("name").stream().map(JsonNode::asText).toList();
    }
}
