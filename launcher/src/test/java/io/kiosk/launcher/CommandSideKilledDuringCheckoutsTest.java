package io.kiosk.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault: {@code kill -9} of the command side while 50 customers' checkouts are in flight. Each client sends its
 * checkout with an {@code Idempotency-Key} and, whatever it gets back (nothing, a reset connection, a refused one,
 * 409 or 503), sends it again with the same key until it has its order. Five of them lost the answer to a first
 * request that was done before the crash (they hung up): their retries must get that order, not a refusal. The launcher notices the death at once and
 * restarts the command side; every client must then have the order its first request placed (the only order of its
 * cart in the event log) within seconds of the restart, no cart may become two orders, every order must go on
 * (stock held, payment asked for), and the stock must balance.
 */
@ExtendWith(FaultSuite.Extension.class)
class CommandSideKilledDuringCheckoutsTest {

    private static final int CUSTOMERS = 10;
    private static final int CARTS_EACH = 5;
    private static final int STOCK = 1000;
    /** Clients whose first checkout is done before the crash but whose answer the network loses. */
    private static final int LOST_ANSWERS = 5;
    /** How soon after the command side is back every client must have its order. */
    private static final Duration WITHIN_SECONDS_OF_THE_RESTART = Duration.ofSeconds(15);

    private final FaultSuite faults;

    CommandSideKilledDuringCheckoutsTest(FaultSuite faults) {
        this.faults = faults;
    }


    private List<CheckoutClient> clientsWithCarts(String productId) throws InterruptedException {
        List<CheckoutClient> clients = new ArrayList<>();
        for (int customer = 0; customer < CUSTOMERS; customer++) {
            Http commands = faults.commands(faults.people().customer("Fault Customer " + customer));
            for (int cart = 0; cart < CARTS_EACH; cart++) {
                String cartId = commands.post("/api/carts", null).text("cartId");
                assertThat(commands.post("/api/carts/" + cartId + "/items", """
                        {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(productId)).status())
                        .isEqualTo(201);
                clients.add(new CheckoutClient(commands, cartId));
            }
        }
        return clients;
    }

    @Test
    void every_client_retrying_with_its_key_gets_the_order_its_first_request_placed_after_a_kill_9_of_the_command_side()
            throws Exception {
        String productId = faults.newStockedProduct(STOCK);
        List<CheckoutClient> clients = clientsWithCarts(productId);
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try (LauncherLog launcher = new LauncherLog()) {
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch crashed = new CountDownLatch(1);
            AtomicInteger ordered = new AtomicInteger();
            Instant deadline = Instant.now().plus(FaultSuite.RESTART).plus(WITHIN_SECONDS_OF_THE_RESTART);
            // the carts of the first customer: their checkouts are done before the crash, but the answers never came
            List<CheckoutClient> answersLost = clients.subList(0, LOST_ANSWERS);
            Set<String> cartsOfLostAnswers = answersLost.stream().map(CheckoutClient::cart).collect(Collectors.toSet());
            List<Future<CheckoutClient.Delivered>> deliveries = new ArrayList<>();
            for (CheckoutClient client : clients) {
                deliveries.add(threads.submit(() -> {
                    if (cartsOfLostAnswers.contains(client.cart())) {
                        client.checkOutAndLoseTheAnswer();
                        crashed.await();
                    } else {
                        go.await();
                    }
                    CheckoutClient.Delivered delivered = client.checkOutUntilOrdered(deadline);
                    ordered.incrementAndGet();
                    return delivered;
                }));
            }
            long victim = faults.commandSide().pid();
            // the lost answers' checkouts are done first, so that the kill still finds the others in flight on a fast,
            // idle machine (all 45 were once answered while the event log was polled for these five)
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> answersLost.stream()
                    .allMatch(client -> !faults.eventLog().payloads("io.kiosk.api.cart.CartCheckedOut", "cartId",
                            client.cart()).isEmpty()));
            go.countDown();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2)).until(() -> ordered.get() >= 5);
            Instant killed = Instant.now();
            faults.commandSide().kill();
            int beforeTheKill = ordered.get();
            crashed.countDown();

            Instant said = launcher.await("command-side (pid " + victim + ") died", Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("the launcher did not say the command side died: " + launcher.lines()));
            // the launcher watches the process, not a health check: seconds, even on a busy machine
            assertThat(Duration.between(killed, said)).as("said at once").isLessThan(Duration.ofSeconds(10));
            faults.commandSide().awaitReady(FaultSuite.RESTART);
            Instant back = Instant.now();

            List<CheckoutClient.Delivered> orders = new ArrayList<>();
            for (Future<CheckoutClient.Delivered> delivery : deliveries) {
                orders.add(delivery.get(FaultSuite.RESTART.toSeconds(), TimeUnit.SECONDS));
            }
            Instant lastOrder = orders.stream().map(CheckoutClient.Delivered::at).max(Instant::compareTo).orElseThrow();
            List<CheckoutClient> cutOff = clients.stream().filter(client -> !cartsOfLostAnswers.contains(client.cart()))
                    .filter(client -> !client.lost().isEmpty()).toList();
            System.out.printf("killed with %d of %d checkouts answered; %d clients lost an answer to the kill, of whom %d"
                            + " then got the order their lost request had placed (a replay); command side back after %d ms;"
                            + " last client had its order %d ms later%n", beforeTheKill, clients.size(), cutOff.size(),
                    cutOff.stream().filter(CheckoutClient::gotAReplay).count(), Duration.between(killed, back).toMillis(),
                    Math.max(0, Duration.between(back, lastOrder).toMillis()));
            assertThat(beforeTheKill).as("killed mid-flight").isLessThan(clients.size() - LOST_ANSWERS);
            assertThat(answersLost).as("the checkouts done before the crash whose answers were lost: their retries get"
                    + " the first answer").allMatch(CheckoutClient::gotAReplay);
            assertThat(Duration.between(back, lastOrder)).as("every client had its order within seconds of the restart")
                    .isLessThan(WITHIN_SECONDS_OF_THE_RESTART);

            for (int i = 0; i < clients.size(); i++) {
                assertOneOrderOfTheCart(clients.get(i), orders.get(i).orderId());
            }
            OrdersGoOn.assertEveryOrderGoesOnAndTheStockBalances(faults.eventLog(), productId, STOCK,
                    orders.stream().map(CheckoutClient.Delivered::orderId).toList());
        } finally {
            threads.shutdownNow();
        }
    }

    /** The client's order is the only one of its cart, and every retry since is answered with it. */
    private void assertOneOrderOfTheCart(CheckoutClient client, String orderId) {
        assertThat(faults.eventLog().payloads("io.kiosk.api.cart.CartCheckedOut", "cartId", client.cart()))
                .as("checkouts of cart " + client.cart()).extracting(payload -> payload.path("orderId").asText())
                .containsExactly(orderId);
        assertThat(faults.eventLog().payloads("io.kiosk.api.order.OrderPlaced", "cartId", client.cart()))
                .as("orders of cart " + client.cart()).extracting(payload -> payload.path("orderId").asText())
                .containsExactly(orderId);
        assertThat(client.answers()).as("answers to the checkout of cart " + client.cart())
                .noneMatch(answer -> answer.status() == 409 && answer.text("type").equals("/problems/cart-checked-out"))
                .allMatch(answer -> answer.status() != 201 || answer.text("orderId").equals(orderId));
        Http.Answer again = client.commands().send("POST", "/api/carts/" + client.cart() + "/checkout", Checkout.BODY,
                Map.of("Idempotency-Key", client.key()));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("orderId")).isEqualTo(orderId);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    }

}
