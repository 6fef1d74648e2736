package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many machines: a second command side and a second query side beside the suite's first ones, against the one
 * PostgreSQL and Elasticsearch, and customers' journeys sent to both through a round-robin client (a cart opened on
 * one instance, filled on the other, checked out on the first, paid on the sandbox page of the other, followed on
 * both query sides). Midway the second instance of each side is killed with SIGKILL (the launcher restarts it, as a
 * machine that comes back): the first instances take its segments over, and the clients retry what went unanswered
 * with the same {@code Idempotency-Key}. After it, the system must be exactly as if one instance of each had run:
 * every order placed once per cart and paid, each paid order once in tracking on both query sides, one reservation
 * per order, every mail once.
 */
@ExtendWith(FaultSuite.Extension.class)
class TwoOfEachSideTest {

    private static final int CUSTOMERS = 8;
    private static final int JOURNEYS_EACH = 2;
    private static final int STOCK = 1000;
    private static final Duration PATIENCE = FaultSuite.RESTART.plus(Duration.ofMinutes(1));
    private static final String NAMED = "Twin Customer";

    private final FaultSuite faults;
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TwoOfEachSideTest(FaultSuite faults) {
        this.faults = faults;
    }

    @Test
    void two_instances_of_each_side_behave_as_one_and_one_of_each_killed_midway_loses_nothing() throws Exception {
        String productId = faults.newStockedProduct(STOCK);
        List<String> tokens = new ArrayList<>();
        for (int customer = 0; customer < CUSTOMERS; customer++) {
            tokens.add(faults.people().customer(NAMED + " " + customer));
        }
        try (SupervisedApp secondCommandSide = faults.kiosk().startAnotherCommandSide(FreePorts.any());
             SupervisedApp secondQuerySide = faults.kiosk().startAnotherQuerySide(FreePorts.any())) {
            List<URI> commandSides = List.of(faults.kiosk().commandApi(), secondCommandSide.baseUri());
            List<URI> querySides = List.of(faults.kiosk().queryApi(), secondQuerySide.baseUri());
            int journeys = CUSTOMERS * JOURNEYS_EACH;
            CountDownLatch halfway = new CountDownLatch(journeys / 2);
            AtomicInteger turn = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CUSTOMERS);
            List<Future<Journey>> done = new ArrayList<>();
            try {
                for (int journey = 0; journey < journeys; journey++) {
                    String token = tokens.get(journey % CUSTOMERS);
                    done.add(clients.submit(() -> journey(productId, token, commandSides, querySides, turn, halfway)));
                }
                // both instances of each side do the events' work: the second takes its share of the segments
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(owners("command", "order-process")).as("instances holding order-process segments").isEqualTo(2);
                    assertThat(owners("query", "order-tracking")).as("instances holding order-tracking segments").isEqualTo(2);
                });
                halfway.await();
                secondCommandSide.kill();
                secondQuerySide.kill();
                List<Journey> finished = new ArrayList<>();
                for (Future<Journey> journey : done) {
                    finished.add(journey.get());
                }
                secondCommandSide.awaitReady(FaultSuite.RESTART);
                secondQuerySide.awaitReady(FaultSuite.RESTART);
                assertAsOne(productId, finished, querySides, tokens);
            } finally {
                clients.shutdownNow();
            }
        }
        OrdersGoOn.assertEachMailSentOnce(faults.kiosk().mailbox(), NAMED);
    }

    /** How many instances hold segments of {@code processor} (its token claims name their node). */
    private int owners(String schema, String processor) throws SQLException {
        Database database = faults.kiosk().database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement query = connection.prepareStatement("SELECT count(DISTINCT owner) FROM " + schema
                     + ".token_entry WHERE processor_name = ? AND owner IS NOT NULL")) {
            query.setString(1, processor);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The mails about each order (they name it): none went twice, whichever instance's outbox sent it. */
    private void assertNoMailTwice(Set<String> orders) {
        for (String order : orders) {
            List<LocalMailbox.Mail> about = faults.kiosk().mailbox().mails().stream()
                    .filter(mail -> mail.body().contains(order)).toList();
            assertThat(about).as("mails about " + order).doesNotHaveDuplicates();
        }
    }

    /**
     * A rebuild asked of one query-side instance while another runs: the other releases the processor's segments, the
     * asked one resets the tokens, and both take their share of the replay (before, the reset was refused: Axon resets
     * only tokens no instance holds).
     */
    @Test
    void a_rebuild_asked_of_one_query_side_instance_is_done_with_the_other_running() throws Exception {
        String backOffice = faults.people().staff("BACK_OFFICE");
        faults.people().customer(NAMED + " rebuilt");  // events to replay, whichever test ran first
        try (SupervisedApp secondQuerySide = faults.kiosk().startAnotherQuerySide(FreePorts.any())) {
            Http first = new Http(faults.kiosk().queryApi()).as(backOffice);
            Http second = new Http(secondQuerySide.baseUri()).as(backOffice);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    second.get("/api/admin/projections/order-tracking").text("status").equals("LIVE"));

            Http.Answer asked = first.post("/api/admin/projections/order-tracking/replay", null);
            assertThat(asked.status()).as(asked.body().toString()).isEqualTo(202);

            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode replay = first.get("/api/admin/projections/order-tracking").body().path("replay");
                assertThat(replay.path("failure").isNull() || replay.path("failure").isMissingNode()).isTrue();
                assertThat(replay.path("finishedAt").isNull()).as("replay finished: " + replay).isFalse();
                assertThat(replay.path("eventsTotal").asLong()).isPositive();
            });
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(second.get("/api/admin/projections/order-tracking").text("status"))
                            .as("the other instance runs the processor again").isIn("LIVE", "REPLAYING"));
        }
    }

    /**
     * A poison event parked by one of two query-side instances: both list it (the dead letters are one table), a retry
     * asked of one fails again and both see it tried once more, a discard asked of the other removes it from both.
     */
    @Test
    void dead_letters_are_one_list_retried_on_one_query_side_instance_and_discarded_on_the_other() throws Exception {
        String admin = faults.people().admin();
        try (SupervisedApp secondQuerySide = faults.kiosk().startAnotherQuerySide(FreePorts.any())) {
            Http first = new Http(faults.kiosk().queryApi()).as(admin);
            Http second = new Http(secondQuerySide.baseUri()).as(admin);
            String poisoned = PoisonEventsTest.append(faults, "io.kiosk.api.customer.CustomerRegistered", "customerId");
            String list = "/api/admin/dead-letters?projection=customer-profile";
            JsonNode parked = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                    letter(second.get(list).body(), poisoned), letter -> letter != null);
            assertThat(letter(first.get(list).body(), poisoned)).as("the same letter on both instances").isEqualTo(parked);
            String sequence = "/api/admin/dead-letters/customer-profile/" + parked.path("sequenceId").asText();

            Http.Answer retried = first.post(sequence + "/retry", null);
            assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
            assertThat(retried.text("result")).isEqualTo("FAILED");
            assertThat(letter(second.get(list).body(), poisoned).path("retries").asLong())
                    .as("tried once more, as the other instance sees it").isEqualTo(parked.path("retries").asLong() + 1);

            Http.Answer discarded = second.send("DELETE", sequence + "?reason=" + "poison%20from%20TwoOfEachSideTest", null);
            assertThat(discarded.status()).as(discarded.body().toString()).isEqualTo(200);
            assertThat(discarded.text("result")).isEqualTo("DISCARDED");
            assertThat(letter(first.get(list).body(), poisoned)).as("gone on both instances").isNull();
            assertThat(first.post(sequence + "/retry", null).status()).as("nothing left to retry").isEqualTo(404);
        }
    }

    /** The dead letter of aggregate {@code aggregateId} in a list, or null. */
    private static JsonNode letter(JsonNode list, String aggregateId) {
        for (JsonNode letter : list.path("letters")) {
            if (aggregateId.equals(letter.path("aggregateId").asText())) {
                return letter;
            }
        }
        return null;
    }

    /** One cart, from opening to paid, each step on the next instance in turn. */
    private Journey journey(String productId, String token, List<URI> commandSides, List<URI> querySides,
                            AtomicInteger turn, CountDownLatch halfway) throws InterruptedException {
        Supplier<Http> commands = () -> new Http(commandSides.get(turn.getAndIncrement() % 2)).as(token);
        Instant deadline = Instant.now().plus(PATIENCE);
        String cart = until(deadline, () -> commands.get().send("POST", "/api/carts", null, key()), 201).text("cartId");
        String item = key().get("Idempotency-Key");
        until(deadline, () -> commands.get().send("POST", "/api/carts/" + cart + "/items", """
                {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(productId),
                Map.of("Idempotency-Key", item)), 201);
        String checkout = key().get("Idempotency-Key");
        String order = until(deadline, () -> commands.get().send("POST", "/api/carts/" + cart + "/checkout", Checkout.BODY,
                Map.of("Idempotency-Key", checkout)), 201).text("orderId");
        halfway.countDown();
        String paymentPage = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                faults.eventLog().payloads("io.kiosk.api.payment.PaymentRequested", "orderId", order).stream()
                        .map(requested -> requested.path("action").path("value").asText(null)).findFirst().orElse(null),
                page -> page != null);
        String paymentPath = URI.create(paymentPage).getPath();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                pay(commandSides.get(turn.getAndIncrement() % 2).resolve(paymentPath)) == 200);
        for (URI querySide : querySides) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
                Http.Answer tracked = new Http(querySide).as(token).get("/api/orders/" + order);
                return tracked.status() == 200 && tracked.text("status").equals("PAID");
            });
        }
        return new Journey(cart, order);
    }

    private void assertAsOne(String productId, List<Journey> journeys, List<URI> querySides, List<String> tokens) {
        EventLog events = faults.eventLog();
        Set<String> orders = journeys.stream().map(Journey::order).collect(Collectors.toSet());
        assertThat(orders).as("one order per cart").hasSize(journeys.size());
        assertNoMailTwice(orders);
        for (Journey journey : journeys) {
            assertThat(events.payloads("io.kiosk.api.cart.CartCheckedOut", "cartId", journey.cart()))
                    .as("cart " + journey.cart() + " checked out once").hasSize(1);
            assertThat(events.payloads("io.kiosk.api.payment.PaymentRequested", "orderId", journey.order()))
                    .as("the order process asked once for " + journey.order()).hasSize(1);
            assertThat(events.payloads("io.kiosk.api.order.OrderPaid", "orderId", journey.order()))
                    .as(journey.order() + " paid once").hasSize(1);
        }
        Map<String, Object> level = events.rows("SELECT stock_item_id FROM command.stock_levels WHERE stock_item_id LIKE ?",
                productId + "/%").get(0);
        List<JsonNode> reserved = events.payloads("io.kiosk.api.inventory.StockReserved", "stockItemId",
                (String) level.get("stock_item_id"));
        assertThat(reserved).as("one reservation per order, whichever instance handled it")
                .extracting(payload -> payload.path("reservationId").asText()).hasSize(journeys.size()).doesNotHaveDuplicates();
        for (URI querySide : querySides) {
            for (String token : tokens) {
                Http.Answer mine = new Http(querySide).as(token).get("/api/orders?size=50");
                assertThat(mine.status()).isEqualTo(200);
                List<String> listed = new ArrayList<>();
                mine.body().path("orders").forEach(order -> listed.add(order.path("orderId").asText()));
                assertThat(listed).as("the customer's orders on " + querySide).hasSize(JOURNEYS_EACH);
                assertThat(listed).as("each order once in the customer's list on " + querySide).doesNotHaveDuplicates();
            }
        }
    }

    private int pay(URI page) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=pay")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Sends until answered {@code status}, whatever came before (nothing, a reset connection, 409, 503). */
    private static Http.Answer until(Instant deadline, Supplier<Http.Answer> request, int status) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Answer answer = request.get();
                if (answer.status() == status) {
                    return answer;
                }
                seen.add(answer.status() + " " + answer.text("type"));
            } catch (UncheckedIOException noAnswer) {
                seen.add(noAnswer.getCause().toString());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never answered " + status + ": " + seen);
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private record Journey(String cart, String order) {
    }
}
