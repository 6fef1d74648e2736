package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault: a poison event for every projection — an event of a type it handles that no code can read (its id is not an
 * id: what a newer writer or a forgotten upcaster would leave in the log), appended to the event store among real
 * traffic. Each projection must park it as a dead letter and go on: the customers, carts, products and orders that
 * come after it are read as ever, no processor is left in error or behind the head of the log, and the command side's
 * processors, which see the same events, go on too (the next order's payment is asked for).
 */
@ExtendWith(FaultSuite.Extension.class)
class PoisonEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An event type handled by each projection, and the id field that poisons it. */
    private static final Map<String, String> POISONS = Map.of(
            "io.kiosk.api.customer.CustomerRegistered", "customerId",
            "io.kiosk.api.cart.CartCreated", "cartId",
            "io.kiosk.api.catalog.ProductDefined", "productId",
            "io.kiosk.api.order.OrderPlaced", "orderId");

    private final FaultSuite faults;

    PoisonEventsTest(FaultSuite faults) {
        this.faults = faults;
    }

    @Test
    void every_projection_parks_its_poison_event_and_goes_on_with_the_events_after_it() throws Exception {
        String product = faults.newStockedProduct(10);
        order(faults.people().customer("Before Poison"), product);
        Http admin = faults.queries(faults.people().admin());
        Map<String, Long> parkedBefore = deadLetters(admin);

        Set<String> poisoned = POISONS.entrySet().stream().map(poison -> append(faults, poison.getKey(), poison.getValue()))
                .collect(Collectors.toSet());

        String customer = faults.people().customer("After Poison");
        String later = order(customer, faults.newStockedProduct(10));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(faults.queries(customer).get("/api/orders/" + later).status()).as("the later order is tracked").isEqualTo(200));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(faults.eventLog().payloads("io.kiosk.api.payment.PaymentRequested", "orderId", later))
                        .as("the command side asked for the later order's money").hasSize(1));

        JsonNode caughtUp = ProjectionsAtRest.awaitCaughtUp(admin, Duration.ofSeconds(60));
        for (JsonNode projection : caughtUp.path("projections")) {
            String name = projection.path("name").asText();
            assertThat(projection.path("status").asText()).as(name + " is live").isEqualTo("LIVE");
            List<String> parked = admin.get("/api/admin/dead-letters?projection=" + name).body().findValuesAsText("aggregateId");
            assertThat(parked).as(name + " parked a poison event").anyMatch(poisoned::contains);
            assertThat(projection.path("deadLetters").asLong() - parkedBefore.getOrDefault(name, 0L))
                    .as(name + ": only poison is parked").isEqualTo(parked.stream().filter(poisoned::contains).count());
        }
    }

    /** Appends an event of this type whose id field is no id, as the next event of a new aggregate; answers its id. */
    static String append(FaultSuite faults, String type, String idField) {
        Map<String, Object> real = faults.eventLog().rows("SELECT type, payload_revision, convert_from(payload, 'UTF8') AS payload,"
                + " meta_data FROM eventstore.domain_event_entry WHERE payload_type = ? ORDER BY global_index DESC LIMIT 1", type).get(0);
        ObjectNode payload = (ObjectNode) json((String) real.get("payload"));
        payload.putObject(idField).put("poison", true);
        String aggregate = UUID.randomUUID().toString();
        faults.eventLog().update("INSERT INTO eventstore.domain_event_entry (event_identifier, aggregate_identifier,"
                        + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), aggregate, real.get("type"),
                Instant.now().toString(), type, real.get("payload_revision"), payload.toString().getBytes(StandardCharsets.UTF_8),
                real.get("meta_data"));
        return aggregate;
    }

    /** A cart with one lamp, checked out; answers the order. */
    private String order(String customer, String product) {
        Http commands = faults.commands(customer);
        String cart = commands.post("/api/carts", null).text("cartId");
        assertThat(commands.post("/api/carts/" + cart + "/items", """
                {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(product)).status()).isEqualTo(201);
        Http.Answer checkout = commands.post("/api/carts/" + cart + "/checkout", Checkout.BODY);
        assertThat(checkout.status()).as("%s", checkout.body()).isEqualTo(201);
        return checkout.text("orderId");
    }

    private static Map<String, Long> deadLetters(Http admin) {
        Map<String, Long> parked = new HashMap<>();
        admin.get("/api/admin/projections").body().path("projections").forEach(projection ->
                parked.put(projection.path("name").asText(), projection.path("deadLetters").asLong()));
        return parked;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
