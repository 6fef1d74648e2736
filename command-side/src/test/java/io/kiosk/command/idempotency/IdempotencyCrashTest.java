package io.kiosk.command.idempotency;

import io.kiosk.api.cart.CartId;
import io.kiosk.api.cart.CreateCart;
import io.kiosk.api.customer.Role;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.TestProducts;
import io.kiosk.command.idempotency.KeyedClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.POST;

/**
 * An instance dies while it holds a key: its connection to PostgreSQL is cut (what a {@code kill -9} of the
 * command side does to its connections; here {@code pg_terminate_backend}, so it can happen at a chosen moment).
 * The key must be free at once, and the request's work either all kept with its answer or all gone. The whole
 * command side killed during 50 checkouts is the launcher's {@code CommandSideKilledDuringCheckoutsTest}.
 */
class IdempotencyCrashTest extends InterceptedRequestsTest {

    @AfterEach
    void removeSlowAnswers() {
        jdbc.execute("DROP TRIGGER IF EXISTS slow_answer_for_test ON command.idempotency_key");
        jdbc.execute("DROP FUNCTION IF EXISTS command.slow_answer_for_test()");
    }

    @Test
    void a_key_held_by_a_request_whose_connection_died_is_free_at_once_and_its_work_is_gone() throws Exception {
        CartId cart = CartId.random();
        try (RequestOnItsThread dying = request("{}");
             RequestOnItsThread retry = request("{}")) {
            assertThat(dying.begin()).isTrue();
            dying.work(() -> commands.sendAndWait(new CreateCart(cart, customer)));
            int backend = dying.work(() -> jdbc.queryForObject("select pg_backend_pid()", Integer.class));

            assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, backend)).isTrue();

            long began = System.nanoTime();
            assertThat(retry.begin()).as("the retry holds the key").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
            assertThat(eventsOf(cart.toString())).as("the dead request's cart").isZero();
            retry.answer(201, null, "{}");
            retry.end(null);
            dying.end(new IllegalStateException("the instance died"));
        }
        assertThat(storedStatuses()).containsExactly(201);
    }

    @Test
    void a_checkout_whose_connection_dies_before_its_answer_is_kept_is_undone_and_its_retry_gets_the_only_order()
            throws Exception {
        String token = tokens().forAccount(customer, Role.CUSTOMER);
        HttpClientForTests http = anonymous().as(token);
        String charger = TestProducts.uniqueId("ks-charger-crash");
        newBackOffice().offer(charger, TestProducts.charger());
        String cart = http.send(POST, "/api/carts", null).text("cartId");
        http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},"quantity":1}""".formatted(charger));
        String doomed = "doomed-" + UUID.randomUUID();
        // storing the answer of this key takes a while: the moment between the events and the answer, made long
        jdbc.execute("""
                CREATE FUNCTION command.slow_answer_for_test() RETURNS trigger AS $$
                BEGIN
                    IF NEW.status IS NOT NULL AND NEW.client_key LIKE 'doomed-%' THEN PERFORM pg_sleep(10); END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER slow_answer_for_test BEFORE INSERT OR UPDATE ON command.idempotency_key"
                + " FOR EACH ROW EXECUTE FUNCTION command.slow_answer_for_test()");
        KeyedClient client = new KeyedClient(baseUrl(), token);

        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(
                () -> client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, doomed));
        Integer storing = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select pid from pg_stat_activity where wait_event = 'PgSleep' and query like '%idempotency_key%'",
                Integer.class), pids -> pids.size() == 1).get(0);
        jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, storing);
        Answer cut = first.get(20, TimeUnit.SECONDS);
        removeSlowAnswers();

        assertThat(cut.status()).as("no answer claims what was not kept: " + cut.raw()).isEqualTo(503);
        assertThat(cut.text("type")).isEqualTo("/problems/request-undone");
        assertThat(cut.retryAfter()).isEqualTo("1");
        assertThat(eventsOf(cart)).as("the cart's events: created, item added; no checkout").isEqualTo(2);

        Answer retry = client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, doomed);
        assertThat(retry.status()).as(retry.raw()).isEqualTo(201);
        assertThat(retry.isReplay()).isFalse();
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8')::jsonb ->> 'orderId' from eventstore.domain_event_entry"
                        + " where aggregate_identifier = ? and payload_type = 'io.kiosk.api.cart.CartCheckedOut'", String.class, cart))
                .containsExactly(retry.text("orderId"));
        assertThat(client.post("/api/carts/" + cart + "/checkout", TestCheckout.BODY, doomed).text("orderId"))
                .isEqualTo(retry.text("orderId"));
    }

    @Test
    void a_key_left_in_progress_by_an_earlier_version_of_kiosk_is_free_at_once() throws Exception {
        // how the version that committed claims left a key whose instance died: in progress, no answer
        jdbc.update("insert into command.idempotency_key (account_id, client_key, fingerprint, claim, created_at, expires_at)"
                + " values (?, ?, 'x', ?, now(), now() + interval '1 day')", customer.value(), key, UUID.randomUUID());

        try (RequestOnItsThread retry = request("{}")) {
            assertThat(retry.begin()).isTrue();
            retry.answer(201, null, "{}");
            retry.end(null);
        }
        assertThat(storedStatuses()).containsExactly(201);
    }
}
