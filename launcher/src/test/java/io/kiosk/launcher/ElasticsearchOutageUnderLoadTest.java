package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault: Elasticsearch gone (every connection to it cut, every new one closed at once) while customers check out
 * and search, for {@code -Dkiosk.faults.elasticsearch-outage} (20 s by default, to keep the build short; nothing
 * here depends on the length, {@code 60s} runs the minute of the issue). Meanwhile every checkout is taken (the command side does not need
 * Elasticsearch), orders are tracked (PostgreSQL), and every search answers 503 with {@code Retry-After}, never a 500.
 * Once it is back, the search projections catch up without a dead letter: the orders placed in the dark are found.
 */
@ExtendWith(FaultSuite.Extension.class)
class ElasticsearchOutageUnderLoadTest {

    private static final Duration OUTAGE = Duration.parse("PT" + System.getProperty("kiosk.faults.elasticsearch-outage", "20s").toUpperCase());
    private static final int CUSTOMERS = 4;
    private static final int STOCK = 100;
    /** The most unpaid orders a customer may have (kiosk.orders.unpaid.max-orders): each places that many, spread out. */
    private static final int UNPAID_ORDERS_EACH = 5;

    private final FaultSuite faults;

    ElasticsearchOutageUnderLoadTest(FaultSuite faults) {
        this.faults = faults;
    }

    @Test
    void while_elasticsearch_is_gone_checkouts_go_on_searches_answer_503_and_afterwards_the_search_catches_up() throws Exception {
        String product = faults.newStockedProduct(STOCK);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(faults.people().customer("Outage Customer " + i));
        }
        Http admin = faults.queries(faults.people().admin());
        Http staff = faults.queries(faults.people().staff("BACK_OFFICE"));
        long parkedBefore = ProjectionsAtRest.deadLetters(ProjectionsAtRest.awaitCaughtUp(admin, Duration.ofMinutes(1)));

        Map<Integer, LongAdder> searchAnswers = new ConcurrentHashMap<>();
        Map<String, String> ordersByCustomer = new ConcurrentHashMap<>();
        List<String> orders = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant end = Instant.now().plus(OUTAGE).plusSeconds(2);
        ExecutorService load = Executors.newFixedThreadPool(CUSTOMERS);
        List<Future<?>> shoppers = new ArrayList<>();
        faults.elasticsearchRelay().cutOff();
        Instant cut = Instant.now();
        try {
            for (String customer : customers) {
                shoppers.add(load.submit(() -> {
                    Http commands = faults.commands(customer);
                    int placed = 0;
                    while (Instant.now().isBefore(end)) {
                        if (placed < UNPAID_ORDERS_EACH) {
                            String cart = commands.post("/api/carts", null).text("cartId");
                            assertThat(commands.post("/api/carts/" + cart + "/items", """
                                    {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(product)).status()).isEqualTo(201);
                            Http.Answer checkout = commands.post("/api/carts/" + cart + "/checkout", Checkout.BODY);
                            assertThat(checkout.status()).as("checkout in the dark: %s", checkout.body()).isEqualTo(201);
                            orders.add(checkout.text("orderId"));
                            ordersByCustomer.put(checkout.text("orderId"), customer);
                            placed++;
                        }
                        Http.Answer search = faults.queries(customer).get("/api/products?q=lamp");
                        searchAnswers.computeIfAbsent(search.status(), status -> new LongAdder()).increment();
                        if (search.status() != 200) {
                            assertThat(search.status()).as("search in the dark: %s", search.body()).isEqualTo(503);
                            assertThat(search.header("Retry-After")).isNotBlank();
                        }
                        Thread.sleep(OUTAGE.toMillis() / (2L * UNPAID_ORDERS_EACH));
                    }
                    return null;
                }));
            }
            for (Future<?> shopper : shoppers) {
                shopper.get(OUTAGE.toSeconds() + 120, TimeUnit.SECONDS);
            }
            Http.Answer orderSearch = staff.get("/api/search/orders?q=" + orders.get(0));
            assertThat(orderSearch.status()).as("order search in the dark: %s", orderSearch.body()).isEqualTo(503);
            assertThat(faults.queries(customers.get(0)).get("/api/orders?size=5").status()).as("tracking needs no Elasticsearch").isEqualTo(200);
        } finally {
            faults.elasticsearchRelay().reconnect();
            load.shutdownNow();
        }
        System.out.printf("Elasticsearch gone for %d s: %d checkouts taken, searches answered %s%n",
                Duration.between(cut, Instant.now()).toSeconds(), orders.size(), searchAnswers);

        assertThat(searchAnswers).as("searches answered 503 in the dark").containsKey(503);
        JsonNode caughtUp = ProjectionsAtRest.awaitCaughtUp(admin, Duration.ofMinutes(3));
        assertThat(ProjectionsAtRest.deadLetters(caughtUp)).as("nothing parked").isEqualTo(parkedBefore);
        for (String order : orders) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(staff.get("/api/search/orders?q=" + order).body().path("hits").findValuesAsText("orderId"))
                            .as("order placed in the dark is found").contains(order));
            assertThat(faults.queries(ordersByCustomer.get(order)).get("/api/orders/" + order).status()).isEqualTo(200);
        }
        assertThat(faults.queries(customers.get(0)).get("/api/products?q=lamp").status()).isEqualTo(200);
        OrdersGoOn.assertEveryOrderGoesOnAndTheStockBalances(faults.eventLog(), product, STOCK, orders);
        OrdersGoOn.assertEachMailSentOnce(faults.kiosk().mailbox(), "Outage Customer");
    }
}
