package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.TestCheckout;
import io.kiosk.command.catalog.TestProducts;
import io.kiosk.command.idempotency.KeyedClient.Answer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;

/**
 * An impatient client firing the same request with the same key from 8 threads at once, over HTTP
 * against the real PostgreSQL: exactly one request does the work; every other gets its answer or a 409
 * asking it to retry, and none a second cart or order.
 */
class IdempotencyRaceTest extends CommandSideHttpTest {

    private static final int THREADS = 8;

    private List<Answer> race(KeyedClient client, String path, String body) throws Exception {
        String key = "race-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return client.post(path, body, key);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : sent) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            // once the dust settles, the key answers with the winner's answer
            answers.add(client.post(path, body, key));
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Each answer is the winner's 201 (the first, or a replay of it) or a 409 asking to retry. */
    private static List<String> assertOneWinner(List<Answer> answers, String idField) {
        List<Answer> created = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created.stream().filter(answer -> !answer.isReplay())).hasSize(1);
        assertThat(created.stream().map(answer -> answer.text(idField)).distinct()).hasSize(1);
        assertThat(answers.get(answers.size() - 1).isReplay()).isTrue();
        for (Answer answer : answers) {
            if (answer.status() != 201) {
                assertThat(answer.status()).as(answer.raw()).isEqualTo(409);
                assertThat(answer.text("type")).isEqualTo("/problems/idempotency-key-in-use");
                assertThat(answer.retryAfter()).isEqualTo("1");
            }
        }
        return created.stream().map(answer -> answer.text(idField)).distinct().toList();
    }

    @Test
    void concurrent_retries_of_a_checkout_place_exactly_one_order() throws Exception {
        String token = newCustomerToken();
        String charger = TestProducts.uniqueId("ks-charger-race");
        newBackOffice().offer(charger, TestProducts.charger());
        HttpClientForTests http = anonymous().as(token);
        String cart = http.send(POST, "/api/carts", null).text("cartId");
        http.send(POST, "/api/carts/" + cart + "/items", """
                {"productId":"%s","options":{"colour":"graphite","size":"L"},"quantity":1}""".formatted(charger));

        List<String> orders = assertOneWinner(
                race(new KeyedClient(baseUrl(), token), "/api/carts/" + cart + "/checkout", TestCheckout.BODY), "orderId");

        assertThat(jdbc.queryForList("select aggregate_identifier from eventstore.domain_event_entry"
                + " where payload_type = 'io.kiosk.api.order.OrderPlaced'"
                + " and convert_from(payload, 'UTF8') like '%\"cartId\":\"' || ? || '\"%'", String.class, cart))
                .isEqualTo(orders);
    }

    @Test
    void concurrent_retries_of_opening_a_cart_open_exactly_one() throws Exception {
        CustomerId customer = CustomerId.random();
        String token = tokens().forAccount(customer, Role.CUSTOMER);

        List<String> carts = assertOneWinner(race(new KeyedClient(baseUrl(), token), "/api/carts", null),
                "cartId");

        assertThat(jdbc.queryForList("select aggregate_identifier from eventstore.domain_event_entry"
                + " where payload_type = 'io.kiosk.api.cart.CartCreated'"
                + " and convert_from(payload, 'UTF8') like '%' || ? || '%'", String.class, customer.toString()))
                .isEqualTo(carts);
    }
}
