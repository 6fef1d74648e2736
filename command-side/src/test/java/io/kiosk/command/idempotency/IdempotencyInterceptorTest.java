package io.kiosk.command.idempotency;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.ChangeCartItemQuantity;
import io.kiosk.api.cart.CreateCart;
import io.kiosk.api.cart.Quantity;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the interceptor does with a key around a request, against the real {@code idempotency_key} table and event
 * store: the cases HTTP tests cannot provoke on demand (server errors, a request still running, expiry). Each
 * request runs on its own thread, as in the servlet container. Crashes are in {@link IdempotencyCrashTest}.
 */
class IdempotencyInterceptorTest extends InterceptedRequestsTest {

    @Autowired
    IdempotencyProperties properties;

    /** The endpoint's work: a real command, on the request's thread. */
    private CartId openCart(RequestOnItsThread request) throws Exception {
        CartId cart = CartId.random();
        request.work(() -> commands.sendAndWait(new CreateCart(cart, customer)));
        return cart;
    }

    @Test
    void an_answer_is_committed_with_the_events_of_its_request() throws Exception {
        try (RequestOnItsThread first = request("{}")) {
            assertThat(first.begin()).isTrue();
            CartId cart = openCart(first);
            assertThat(eventsOf(cart.toString())).as("nothing is visible before the answer is kept").isZero();
            assertThat(storedStatuses()).isEmpty();

            first.answer(201, "/api/carts/" + cart, "{\"cartId\":\"" + cart + "\"}");
            first.end(null);

            assertThat(eventsOf(cart.toString())).isEqualTo(1);
            assertThat(storedStatuses()).containsExactly(201);
        }
    }

    @Test
    void a_server_error_undoes_the_request_and_leaves_the_key_free() throws Exception {
        CartId cart;
        try (RequestOnItsThread first = request("{\"amount\":1}")) {
            assertThat(first.begin()).isTrue();
            cart = openCart(first);
            first.answer(503, null, "{}");
            first.end(null);
        }

        assertThat(eventsOf(cart.toString())).as("the cart the failed request opened").isZero();
        assertThat(storedStatuses()).isEmpty();
        try (RequestOnItsThread retry = request("{\"amount\":1}")) {
            assertThat(retry.begin()).isTrue();
        }
    }

    @Test
    void an_unhandled_exception_undoes_the_request_too() throws Exception {
        CartId cart;
        try (RequestOnItsThread first = request("{}")) {
            first.begin();
            cart = openCart(first);
            first.end(new IllegalStateException("gateway down"));
        }

        assertThat(eventsOf(cart.toString())).isZero();
        assertThat(storedStatuses()).isEmpty();
    }

    @Test
    void a_retry_while_the_first_request_runs_waits_for_it_and_gets_its_answer() throws Exception {
        try (RequestOnItsThread first = request("{}"); RequestOnItsThread retry = request("{}")) {
            assertThat(first.begin()).isTrue();
            Future<Boolean> waiting = retry.beginInBackground();
            Thread.sleep(300);
            assertThat(waiting).as("the retry waits for the first request").isNotDone();

            first.answer(201, "/api/payments/p-1", "{\"paymentId\":\"p-1\"}");
            first.end(null);

            assertThat(waiting.get(5, TimeUnit.SECONDS)).as("answered from the first, handler not run").isFalse();
            assertThat(retry.response().getStatus()).isEqualTo(201);
            assertThat(retry.response().getHeader(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
            assertThat(retry.body()).isEqualTo("{\"paymentId\":\"p-1\"}");
        }
    }

    @Test
    void a_retry_waits_no_longer_than_the_in_progress_wait_then_answers_409_with_retry_after() throws Exception {
        try (RequestOnItsThread first = request("{}"); RequestOnItsThread retry = request("{}")) {
            assertThat(first.begin()).isTrue();
            long began = System.nanoTime();

            assertThatThrownBy(retry::begin).isInstanceOfSatisfying(IdempotencyRefusal.class, refusal -> {
                assertThat(refusal.getStatusCode().value()).isEqualTo(409);
                assertThat(refusal.getBody().getType().toString()).isEqualTo("/problems/idempotency-key-in-use");
                assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(properties.inProgressWait());

            first.answer(201, null, "{}");
            first.end(null);
            assertThat(storedStatuses()).as("the first request is unharmed by the wait").containsExactly(201);
        }
    }

    @Test
    void a_stored_answer_is_replayed_with_its_status_location_type_and_body() throws Exception {
        try (RequestOnItsThread first = request("{}")) {
            first.begin();
            first.answer(201, "/api/payments/p-1", "{\"paymentId\":\"p-1\"}");
            first.end(null);
        }

        try (RequestOnItsThread retry = request("{}")) {
            assertThat(retry.begin()).isFalse();
            assertThat(retry.response().getStatus()).isEqualTo(201);
            assertThat(retry.response().getHeader("Location")).isEqualTo("/api/payments/p-1");
            assertThat(retry.response().getContentType()).isEqualTo("application/json");
            assertThat(retry.response().getHeader(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
            assertThat(retry.body()).isEqualTo("{\"paymentId\":\"p-1\"}");
        }
    }

    @Test
    void a_key_used_for_another_request_is_refused_with_422() throws Exception {
        try (RequestOnItsThread first = request("{\"amount\":1}")) {
            first.begin();
            first.answer(201, null, "{}");
            first.end(null);
        }

        try (RequestOnItsThread other = request("{\"amount\":2}")) {
            assertThatThrownBy(other::begin).isInstanceOfSatisfying(IdempotencyRefusal.class,
                    refusal -> assertThat(refusal.getStatusCode().value()).isEqualTo(422));
        }
    }

    @Test
    void an_expired_key_counts_as_new_and_is_cleaned_up() throws Exception {
        try (RequestOnItsThread first = request("{}")) {
            first.begin();
            first.answer(201, null, "{}");
            first.end(null);
        }
        jdbc.update("update command.idempotency_key set expires_at = now() - interval '1 second'"
                + " where account_id = ? and client_key = ?", customer.value(), key);

        try (RequestOnItsThread later = request("{\"another\":\"request\"}")) {
            assertThat(later.begin()).isTrue();
            later.answer(202, null, "{}");
            later.end(null);
        }
        assertThat(storedStatuses()).containsExactly(202);

        jdbc.update("update command.idempotency_key set expires_at = now() - interval '1 second'"
                + " where account_id = ? and client_key = ?", customer.value(), key);
        assertThat(keys.deleteExpired()).isPositive();
        assertThat(storedStatuses()).isEmpty();
    }

    @Test
    void a_refusal_is_kept_although_the_refused_command_rolled_the_claim_back() throws Exception {
        try (RequestOnItsThread first = request("{}")) {
            first.begin();
            // the cart does not exist: Axon rolls back the work on the request's connection, the claim with it
            assertThatThrownBy(() -> first.work(() -> commands.sendAndWait(new ChangeCartItemQuantity(CartId.random(),
                    CartItemId.random(), new Quantity(1))))).isInstanceOf(AggregateNotFoundException.class);
            first.answer(404, null, "{\"type\":\"/problems/not-found\"}");
            first.end(null);
        }

        assertThat(storedStatuses()).containsExactly(404);
        try (RequestOnItsThread retry = request("{}")) {
            assertThat(retry.begin()).isFalse();
            assertThat(retry.response().getStatus()).isEqualTo(404);
        }
    }
}
