package io.kiosk.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: PostgreSQL — the event store and every table — stopped ({@code pg_ctl stop -m fast}: connections closed,
 * transactions in flight rolled back) while 30 checkouts are in flight, down for
 * {@code -Dkiosk.faults.postgres-outage} (10 s by default), then started again. Each client sends its checkout
 * with an {@code Idempotency-Key} until it has its order; meanwhile the command side answers 503 with
 * {@code Retry-After}, never a 500, and so does the query side to a customer and the back office reading meanwhile
 * (their order list, the projections' progress). Afterwards: every client has the one order of its cart,
 * the order process goes on with each (its payment asked for), the stock balances, the projections catch up
 * without a dead letter, and no mail went twice.
 */
@ExtendWith(FaultSuite.Extension.class)
class PostgresRestartedUnderLoadTest {

    private static final Duration OUTAGE = Duration.parse("PT" + System.getProperty("kiosk.faults.postgres-outage", "10s").toUpperCase());
    private static final int CUSTOMERS = 6;
    private static final int CARTS_EACH = 5;
    private static final int STOCK = 500;

    private final FaultSuite faults;

    PostgresRestartedUnderLoadTest(FaultSuite faults) {
        this.faults = faults;
    }

    @Test
    void after_postgresql_is_restarted_under_load_every_client_has_its_one_order_and_the_stock_balances() throws Exception {
        String product = faults.newStockedProduct(STOCK);
        List<CheckoutClient> clients = new ArrayList<>();
        String reader = null;
        for (int customer = 0; customer < CUSTOMERS; customer++) {
            String token = faults.people().customer("Restart Customer " + customer);
            reader = reader == null ? token : reader;
            Http commands = faults.commands(token);
            for (int cart = 0; cart < CARTS_EACH; cart++) {
                String cartId = commands.post("/api/carts", null).text("cartId");
                assertThat(commands.post("/api/carts/" + cartId + "/items", """
                        {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(product)).status()).isEqualTo(201);
                clients.add(new CheckoutClient(commands, cartId));
            }
        }
        Http admin = faults.queries(faults.people().admin());
        long parkedBefore = ProjectionsAtRest.deadLetters(ProjectionsAtRest.awaitCaughtUp(admin, Duration.ofMinutes(1)));
        int restartsBefore = faults.commandSide().restarts() + faults.querySide().restarts();

        ExecutorService threads = Executors.newFixedThreadPool(clients.size() + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ordered = new AtomicInteger();
        Instant deadline = Instant.now().plus(OUTAGE).plus(FaultSuite.RESTART);
        List<Future<CheckoutClient.Delivered>> deliveries = new ArrayList<>();
        try {
            for (CheckoutClient client : clients) {
                deliveries.add(threads.submit(() -> {
                    go.await();
                    CheckoutClient.Delivered delivered = client.checkOutUntilOrdered(deadline);
                    ordered.incrementAndGet();
                    return delivered;
                }));
            }
            ReadsMeanwhile reads = new ReadsMeanwhile(faults.queries(reader), admin);
            Future<?> reading = threads.submit(reads);
            go.countDown();
            while (ordered.get() < 3) {
                Thread.sleep(5);
            }
            int beforeTheStop = ordered.get();
            Instant stopped = Instant.now();
            faults.restartPostgres(OUTAGE);
            Instant back = Instant.now();
            List<String> orders = new ArrayList<>();
            for (Future<CheckoutClient.Delivered> delivery : deliveries) {
                orders.add(delivery.get(FaultSuite.RESTART.toSeconds(), TimeUnit.SECONDS).orderId());
            }
            reads.stop();
            reading.get(1, TimeUnit.MINUTES);
            long statusesSeen = clients.stream().flatMap(client -> client.answers().stream()).filter(answer -> answer.status() >= 500).count();
            System.out.printf("PostgreSQL stopped with %d of %d checkouts answered, down %d ms; every client had its order"
                            + " %d ms after it was back; %d answers 5xx meanwhile, %d requests without an answer%n",
                    beforeTheStop, clients.size(), Duration.between(stopped, back).toMillis(),
                    Duration.between(back, Instant.now()).toMillis(), statusesSeen,
                    clients.stream().mapToInt(client -> client.lost().size()).sum());
            System.out.printf("the query side meanwhile: %s%n", reads);
            assertThat(beforeTheStop).as("stopped mid-flight").isLessThan(clients.size());
            assertThat(reads.answers()).as("reads of the query side while the database is away: 503 with Retry-After, never a 500")
                    .filteredOn(answer -> answer.status() >= 500).allSatisfy(answer -> {
                        assertThat(answer.status()).isEqualTo(503);
                        assertThat(answer.text("type")).isEqualTo("/problems/store-unavailable");
                        assertThat(answer.header("Retry-After")).isNotBlank();
                    });
            assertThat(clients.stream().flatMap(client -> client.answers().stream()).filter(answer -> answer.status() >= 500))
                    .as("while the database is away: 503 with Retry-After, to send again, never a 500")
                    .allSatisfy(answer -> {
                        assertThat(answer.status()).isEqualTo(503);
                        assertThat(answer.header("Retry-After")).isNotBlank();
                    });

            for (int i = 0; i < clients.size(); i++) {
                String cart = clients.get(i).cart();
                assertThat(faults.eventLog().payloads("io.kiosk.api.cart.CartCheckedOut", "cartId", cart))
                        .as("checkouts of cart " + cart).extracting(payload -> payload.path("orderId").asText()).containsExactly(orders.get(i));
                assertThat(faults.eventLog().payloads("io.kiosk.api.order.OrderPlaced", "cartId", cart))
                        .as("orders of cart " + cart).extracting(payload -> payload.path("orderId").asText()).containsExactly(orders.get(i));
            }
            OrdersGoOn.assertEveryOrderGoesOnAndTheStockBalances(faults.eventLog(), product, STOCK, orders);
            assertThat(ProjectionsAtRest.deadLetters(ProjectionsAtRest.awaitCaughtUp(admin, Duration.ofMinutes(3))))
                    .as("nothing parked").isEqualTo(parkedBefore);
            OrdersGoOn.assertEachMailSentOnce(faults.kiosk().mailbox(), "Restart Customer");
            System.out.printf("applications restarted by the launcher meanwhile: %d%n",
                    faults.commandSide().restarts() + faults.querySide().restarts() - restartsBefore);
        } finally {
            threads.shutdownNow();
        }
    }
}
