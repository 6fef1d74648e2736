package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models are only ever a function of the event log: after the journeys of a working day (customers
 * registering and keeping profiles, the back office changing the catalogue, orders paid through the payment
 * sandbox and delivered, cancelled by the customer, declined at the provider, left unpaid until they expire),
 * every read model is dumped, every projection is reset and replayed from the first event through the back
 * office's endpoint, and the read models dumped again are the same, table for table and document for document.
 *
 * <p>The system must be quiet meanwhile: no order process deadline due, and every processor caught up with
 * the head of the log, which must not move while the replays run. (The system tests' orders wait 60 seconds
 * for their money, {@code KIOSK_PAYMENT_TIMEOUT} in the launcher's build, so that one can expire here.)
 */
@ExtendWith(KioskExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildJourneyTest {

    private static final Duration A_WHILE = Duration.ofSeconds(30);
    private static final Duration DEADLINES_AND_REPLAYS = Duration.ofMinutes(3);

    private final KioskSystem kiosk;
    private final Http commands;
    private final Http queries;
    private final People people;

    RebuildJourneyTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
        this.commands = new Http(kiosk.commandApi());
        this.queries = new Http(kiosk.queryApi());
        this.people = new People(kiosk);
    }

    @Test
    void every_read_model_rebuilt_from_the_event_log_equals_the_read_model_the_journeys_left() throws Exception {
        String eve = people.customer("Eve Late");
        String unpaid = checkout(eve);
        String backOffice = people.staff("BACK_OFFICE");

        String ada = people.customer("Ada Sun");
        keepsAProfile(ada);
        String delivered = checkout(ada);
        assertThat(commands.form(paymentPage(ada, delivered), "outcome=pay")).isEqualTo(200);
        awaitStatus(ada, delivered, "PAID");
        assertThat(commands.as(backOffice).post("/api/orders/" + delivered + "/fulfilment", null).status()).isEqualTo(200);
        assertThat(commands.as(backOffice).post("/api/orders/" + delivered + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF%s","eta":{"earliest":"%s","latest":"%s"}}""".formatted(
                UUID.randomUUID().toString().substring(0, 8), LocalDate.now().plusDays(2), LocalDate.now().plusDays(4)))
                .status()).isEqualTo(200);
        assertThat(commands.as(backOffice).post("/api/orders/" + delivered + "/delivery", null).status()).isEqualTo(200);
        awaitStatus(ada, delivered, "DELIVERED");
        Http.Answer asked = commands.as(ada).post("/api/orders/" + delivered + "/refunds", """
                {"reason":"DAMAGED","note":"the stand is cracked"}""");
        assertThat(asked.status()).as("%s", asked.body()).isEqualTo(201);
        String refund = asked.text("refundId");
        assertThat(commands.as(backOffice).post("/api/refunds/" + refund + "/approval", null).status()).isEqualTo(200);

        String lin = people.customer("Lin Zhou");
        String cancelled = checkout(lin);
        paymentPage(lin, cancelled);
        assertThat(commands.as(lin).post("/api/orders/" + cancelled + "/cancellation", null).status()).isEqualTo(200);

        String bo = people.customer("Bo Li");
        String declined = checkout(bo);
        assertThat(commands.form(paymentPage(bo, declined), "outcome=decline")).isEqualTo(200);

        changesTheCatalogue(backOffice);

        eventually(() -> queries.as(ada).get("/api/orders/" + delivered),
                answer -> answer.text("refundState").equals("FULLY_REFUNDED"));
        awaitStatus(lin, cancelled, "CANCELLED");
        awaitStatus(bo, declined, "CANCELLED");
        await().atMost(DEADLINES_AND_REPLAYS).pollInterval(Duration.ofSeconds(1))
                .until(() -> queries.as(eve).get("/api/orders/" + unpaid).text("status").equals("EXPIRED"));
        Http projections = queries.as(backOffice);
        long head = awaitQuiet(projections);

        Map<String, List<String>> before = ReadModelDump.of(kiosk.queryDatabase(), kiosk.elasticsearchUrl());
        assertThat(before.get("query.order_tracking")).as("the journeys' orders are tracked")
                .anyMatch(row -> row.contains(unpaid)).anyMatch(row -> row.contains(delivered));
        assertThat(before).containsKeys("query.customer_profile", "query.catalog_product", "query.cart", "query.cart_line",
                "elasticsearch:kiosk-orders",
                "elasticsearch:kiosk-products");
        assertThat(before.get("query.order_tracking_refund")).as("the refund is tracked").anyMatch(row -> row.contains(refund));
        assertThat(before.get("analytics.refund_fact")).as("and counted").anyMatch(row -> row.contains(refund));

        List<String> names = projections.get("/api/admin/projections").body().path("projections").findValuesAsText("name");
        assertThat(names).contains("order-tracking", "order-search", "customer-profile", "cart", "catalog", "analytics");
        for (String name : names) {
            Http.Answer started = projections.post("/api/admin/projections/" + name + "/replay", null);
            assertThat(started.status()).as(name + ": " + started.body()).isEqualTo(202);
        }
        for (String name : names) {
            await().atMost(DEADLINES_AND_REPLAYS).pollInterval(Duration.ofMillis(500))
                    .until(() -> projections.get("/api/admin/projections/" + name).body(),
                            projection -> projection.path("replay").has("finishedAt") && projection.path("status").asText().equals("LIVE"));
        }
        Map<String, List<String>> after = ReadModelDump.of(kiosk.queryDatabase(), kiosk.elasticsearchUrl());

        assertThat(projections.get("/api/admin/projections").body().path("head").asLong())
                .as("no event came in while the read models were rebuilt").isEqualTo(head);
        assertThat(ReadModelDump.differences(before, after)).as("read models that differ after the rebuild").isEmpty();
        assertThat(after).isEqualTo(before);
    }

    /** A new cart with a charger, checked out; answers the order's id. */
    private String checkout(String customer) {
        Http asCustomer = commands.as(customer);
        String cart = asCustomer.post("/api/carts", null).text("cartId");
        assertThat(asCustomer.post("/api/carts/" + cart + "/items", """
                {"productId":"ks-charger-pro","options":{"colour":"graphite","size":"L"},"quantity":1}""").status()).isEqualTo(201);
        Http.Answer checkout = asCustomer.post("/api/carts/" + cart + "/checkout", Checkout.BODY);
        assertThat(checkout.status()).isEqualTo(201);
        return checkout.text("orderId");
    }

    /** The sandbox page the order's payment sends the customer to, once tracking shows it. */
    private String paymentPage(String customer, String order) {
        JsonNode tracked = eventually(() -> queries.as(customer).get("/api/orders/" + order),
                answer -> answer.body().path("payment").path("action").path("value").asText().contains("/sandbox/pay/")).body();
        return URI.create(tracked.path("payment").path("action").path("value").asText()).getPath();
    }

    private void awaitStatus(String customer, String order, String status) {
        eventually(() -> queries.as(customer).get("/api/orders/" + order), answer -> answer.text("status").equals(status));
    }

    private void keepsAProfile(String customer) {
        assertThat(commands.as(customer).send("PATCH", "/api/customers/me", "{\"language\":\"en\"}").status()).isEqualTo(204);
        assertThat(commands.as(customer).post("/api/customers/me/addresses", """
                {"recipient":"Ada Sun","phone":"+8613900139000","line1":"1 Nanjing Road","city":"Shanghai",
                 "region":"Shanghai","postalCode":"200001","country":"CN"}""").status()).isEqualTo(201);
        assertThat(commands.as(customer).post("/api/customers/me/payment-methods", """
                {"provider":"ALIPAY","providerToken":"2088-token-ada","label":"Alipay ada***@example.com"}""").status()).isEqualTo(201);
    }

    /** Defines, publishes, stocks and reprices a lamp, and withdraws another. */
    private void changesTheCatalogue(String backOffice) {
        Http asBackOffice = commands.as(backOffice);
        for (String fate : List.of("kept", "withdrawn")) {
            String product = "ks-rebuild-lamp-" + fate + "-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(asBackOffice.post("/api/products", """
                    {"productId":"%s","definition":%s}""".formatted(product, Products.lamp("100.00"))).status()).isEqualTo(201);
            assertThat(asBackOffice.post("/api/products/" + product + "/publication", null).status()).isEqualTo(200);
            assertThat(asBackOffice.send("PUT", "/api/products/" + product + "/stock",
                    "{\"options\":{\"colour\":\"white\"},\"onHand\":3}").status()).isEqualTo(200);
            assertThat(asBackOffice.send("PUT", "/api/products/" + product, "{\"definition\":" + Products.lamp("120.00") + "}")
                    .status()).isEqualTo(200);
            if (fate.equals("withdrawn")) {
                assertThat(asBackOffice.send("DELETE", "/api/products/" + product + "/publication", null).status()).isEqualTo(200);
            }
        }
    }

    /** Waits until the system is quiet and every processor live at the head of the log, with no dead letters; answers the head. */
    private long awaitQuiet(Http projections) {
        JsonNode quiet = ProjectionsAtRest.awaitQuiet(projections, new EventLog(kiosk.database()), DEADLINES_AND_REPLAYS);
        for (JsonNode projection : quiet.path("projections")) {
            assertThat(projection.path("deadLetters").asLong()).as(projection.path("name").asText() + " dead letters").isZero();
        }
        return quiet.path("head").asLong();
    }

    private static Http.Answer eventually(Supplier<Http.Answer> ask, Predicate<Http.Answer> until) {
        return await().atMost(A_WHILE).pollInterval(Duration.ofMillis(200)).until(ask::get, until);
    }
}
