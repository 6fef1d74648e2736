package io.kiosk.launcher;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer's first journey through the running system: open a cart, fill it with products of
 * the demo catalogue (priced by the cart itself), change their mind, read the cart back from the
 * query side, check out, and follow the order, which both read
 * models (PostgreSQL tracking and the Elasticsearch search index) pick up from the event store. The order process
 * really asks for the money: the run command's payment sandbox takes the request, and the order awaits payment.
 */
@ExtendWith(KioskExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderJourneyTest {

    private final Http anonymousCommands;
    private final Http anonymousQueries;
    private final People people;
    private Http commands;
    private Http queries;
    private RestClient elasticsearchRest;
    private ElasticsearchClient elasticsearch;
    private final KioskSystem kiosk;

    OrderJourneyTest(KioskSystem kiosk) {
        this.kiosk = kiosk;
        this.anonymousCommands = new Http(kiosk.commandApi());
        this.anonymousQueries = new Http(kiosk.queryApi());
        this.people = new People(kiosk);
    }

    @BeforeAll
    void connectToElasticsearch() throws InterruptedException {
        String mia = people.customer("Mia Chen");
        commands = anonymousCommands.as(mia);
        queries = anonymousQueries.as(mia);
        elasticsearchRest = RestClient.builder(HttpHost.create(kiosk.elasticsearchUrl())).build();
        elasticsearch = new ElasticsearchClient(new RestClientTransport(elasticsearchRest, new JacksonJsonpMapper()));
    }

    @AfterAll
    void disconnect() throws IOException {
        elasticsearchRest.close();
    }

    @Test
    void a_customer_checks_out_a_cart_and_finds_the_order_in_tracking_and_search() throws Exception {
        String cart = commands.post("/api/carts", null).text("cartId");
        // the demo catalogue's charger: 199.00, +10 % for size L; the cart prices it, the client need not
        Http.Answer charger = commands.post("/api/carts/" + cart + "/items", """
                {"productId":"ks-charger-pro","options":{"colour":"graphite","size":"L"},"quantity":1}""");
        assertThat(charger.status()).isEqualTo(201);
        // the same goods again, at the price the customer saw, add up on the same line
        assertThat(commands.post("/api/carts/" + cart + "/items", """
                {"productId":"ks-charger-pro","options":{"size":"L","colour":"graphite"},
                 "quantity":1,"unitPrice":{"amount":"218.90","currency":"CNY"}}""").status()).isEqualTo(201);
        // 1699.00 + fingerprint 200.00 + NFC 80.00 + on-site installation 8 % (135.92)
        Http.Answer lock = commands.post("/api/carts/" + cart + "/items", """
                {"productId":"ks-smart-lock-x1","quantity":1,
                 "options":{"finish":"satin-black","lock-body":"std-6068","unlock":"nfc, fingerprint","service":"onsite"}}""");
        assertThat(lock.status()).isEqualTo(201);
        Http.Answer recounted = commands.send("PATCH", "/api/carts/" + cart + "/items/" + lock.text("itemId"), "{\"quantity\":2}");
        assertThat(recounted.status()).isEqualTo(200);

        // the cart reads back on the query side, at once with the position the last change answered
        Http.Answer filled = queries.get("/api/carts/" + cart + "?position=" + recounted.header("Kiosk-Position"));
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.text("status")).isEqualTo("OPEN");
        assertThat(filled.body().path("lines")).hasSize(2);
        assertThat(filled.body().path("lines").get(0).path("productId").asText()).isEqualTo("ks-charger-pro");
        assertThat(filled.body().path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(filled.body().path("lines").get(0).path("label").path("name").path("en").asText()).isEqualTo("KS Charger Pro");
        assertThat(filled.body().path("lines").get(1).path("options").path("unlock").asText()).isEqualTo("fingerprint,nfc");
        assertThat(filled.body().path("lines").get(1).path("lineTotal").path("amount").asText()).isEqualTo("4229.84");
        assertThat(filled.body().path("itemCount").asInt()).isEqualTo(4);
        assertThat(filled.body().path("total").path("amount").asText()).isEqualTo("4667.64");
        assertThat(queries.get("/api/carts/current").text("cartId")).isEqualTo(cart);

        Http.Answer checkout = commands.post("/api/carts/" + cart + "/checkout", Checkout.BODY);
        assertThat(checkout.status()).isEqualTo(201);
        String order = checkout.text("orderId");
        Http.Answer closed = queries.get("/api/carts/" + cart + "?position=" + checkout.header("Kiosk-Position"));
        assertThat(closed.text("status")).isEqualTo("CHECKED_OUT");
        assertThat(closed.text("orderId")).isEqualTo(order);
        assertThat(queries.get("/api/carts/current").status()).as("no open cart left").isEqualTo(404);

        // the order process holds the stock and asks for the money through the configured provider (the
        // sandbox): the payment's request is in the event store, and tracking shows the order awaiting it
        String paymentPage = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> paymentPageOf(order), page -> page != null);
        assertThat(paymentPage).contains("/sandbox/pay/");
        JsonNode tracked = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> queries.get("/api/orders/" + order), answer -> answer.status() == 200
                        && answer.body().path("status").asText().equals("AWAITING_PAYMENT")).body();
        assertThat(tracked.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
        assertThat(tracked.path("cartId").asText()).isEqualTo(cart);
        assertThat(tracked.path("total").path("amount").asText()).isEqualTo("4667.64");
        assertThat(tracked.path("lines")).hasSize(2);
        assertThat(tracked.path("lines").get(0).path("unitPrice").path("amount").asText()).isEqualTo("218.90");
        assertThat(tracked.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(tracked.path("lines").get(0).path("label").path("name").path("en").asText()).isEqualTo("KS Charger Pro");
        assertThat(tracked.path("lines").get(1).path("unitPrice").path("amount").asText()).isEqualTo("2114.92");
        assertThat(tracked.path("lines").get(1).path("options").path("unlock").asText()).isEqualTo("fingerprint,nfc");

        GetResponse<ObjectNode> indexed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> elasticsearch.get(g -> g.index("kiosk-orders").id(order), ObjectNode.class),
                        found -> found.found() && found.source().path("status").asText().equals("AWAITING_PAYMENT"));
        assertThat(indexed.source().path("productIds").toString()).contains("ks-charger-pro", "ks-smart-lock-x1");
        assertThat(indexed.source().path("total").asText()).isEqualTo("4667.64");
        assertThat(indexed.source().path("orderVersion").asLong())
                .as("the order's sequence number of the last order event applied, OrderAwaitingPayment").isEqualTo(1);
        assertThat(indexed.version()).as("one more per event of the order's part and of its payment's")
                .isEqualTo(indexed.source().path("orderVersion").asLong() + indexed.source().path("paymentVersion").asLong() + 2);

        assertThat(anonymousQueries.get("/api/orders/" + order).status()).as("anonymous").isEqualTo(401);
        String stranger = people.customer("Lei Wang");
        Http.Answer strangers = anonymousQueries.as(stranger).get("/api/orders/" + order);
        assertThat(strangers.status()).as("another customer sees no such order").isEqualTo(404);
        assertThat(strangers.text("type")).isEqualTo("/problems/not-found");
        assertThat(anonymousQueries.as(stranger).get("/api/carts/" + cart).status()).as("nor such a cart").isEqualTo(404);
        assertThat(anonymousQueries.as(people.staff("BACK_OFFICE")).get("/api/orders/" + order).status())
                .as("back office follows every order").isEqualTo(200);
        assertThat(anonymousQueries.as(people.staff("ANALYST")).get("/api/orders/" + order).status())
                .as("analysts read analytics only").isEqualTo(403);
    }

    /** The page the order's payment sends the customer to, from its {@code PaymentRequested} event; null until there is one. */
    private String paymentPageOf(String order) throws SQLException {
        Database database = kiosk.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement query = connection.prepareStatement("select convert_from(payload, 'UTF8')::jsonb -> 'action' ->> 'value'"
                     + " from eventstore.domain_event_entry where payload_type = 'io.kiosk.api.payment.PaymentRequested'"
                     + " and convert_from(payload, 'UTF8')::jsonb ->> 'orderId' = ?")) {
            query.setString(1, order);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? found.getString(1) : null;
            }
        }
    }

    @Test
    void a_customer_keeps_a_profile_and_reads_it_on_the_query_side() throws InterruptedException {
        String lin = people.customer("Lin Zhou");
        Http.Answer address = anonymousCommands.as(lin).post("/api/customers/me/addresses", """
                {"recipient":"Lin Zhou","phone":"+8613900139000","line1":"1 Nanjing Road","city":"Shanghai",
                 "region":"Shanghai","postalCode":"200001","country":"CN"}""");
        assertThat(address.status()).isEqualTo(201);
        Http.Answer card = anonymousCommands.as(lin).post("/api/customers/me/payment-methods", """
                {"provider":"ALIPAY","providerToken":"2088-token-abc","label":"Alipay lin***@example.com"}""");
        assertThat(card.status()).isEqualTo(201);

        JsonNode profile = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> anonymousQueries.as(lin).get("/api/customers/me"),
                        answer -> answer.status() == 200 && answer.body().path("paymentMethods").size() == 1).body();
        assertThat(profile.path("name").asText()).isEqualTo("Lin Zhou");
        assertThat(profile.path("emailVerified").asBoolean()).isTrue();
        assertThat(profile.path("addresses").get(0).path("address").path("city").asText()).isEqualTo("Shanghai");
        assertThat(profile.toString()).doesNotContain("2088-token-abc");
    }

    @Test
    void an_unknown_order_is_a_problem_not_an_error() {
        Http.Answer missing = queries.get("/api/orders/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("type")).isEqualTo("/problems/not-found");

        Http.Answer malformed = queries.get("/api/orders/12345");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("field")).isEqualTo("orderId");
    }

    @Test
    void both_applications_report_health_and_metrics() {
        String admin = people.staff("ADMIN");
        for (Http api : new Http[]{anonymousCommands.as(admin), anonymousQueries.as(admin)}) {
            Http.Answer health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body().path("components").path("db").path("status").asText()).isEqualTo("UP");
            assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
            assertThat(api.text("/actuator/prometheus")).contains("http_server_requests");
        }
        assertThat(anonymousQueries.get("/actuator/prometheus").status()).as("metrics are for admins").isEqualTo(401);
        assertThat(anonymousQueries.get("/actuator/health").body().path("components").path("elasticsearch").path("status").asText())
                .isEqualTo("UP");
    }
}
