package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalogue in the running system: a visitor searches the demo catalogue (in Chinese too),
 * configures a product while the quote follows every choice, and orders it at exactly the quoted
 * price; the back office defines, stocks, reprices and withdraws a product, and orders already
 * placed keep the price they were placed at.
 */
@ExtendWith(KioskExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueJourneyTest {

    private final Http commands;
    private final Http queries;
    private final People people;

    CatalogueJourneyTest(KioskSystem kiosk) {
        this.commands = new Http(kiosk.commandApi());
        this.queries = new Http(kiosk.queryApi());
        this.people = new People(kiosk);
    }

    @Test
    void a_visitor_finds_configures_and_orders_a_product_at_the_quoted_price() throws InterruptedException {
        JsonNode found = eventually(() -> queries.get("/api/products?q=%E5%85%85%E7%94%B5%E5%99%A8"), // 充电器
                answer -> answer.status() == 200 && answer.body().path("hits").toString().contains("\"productId\":\"ks-charger-pro\"")).body();
        assertThat(found.path("facets").path("categories").toString()).contains("chargers-power");

        JsonNode product = queries.get("/api/products/ks-charger-pro").body();
        assertThat(product.path("definition").path("name").path("zh").asText()).isEqualTo("KS 无线充电器 Pro");

        Http.Answer soldOut = quote("{\"colour\":\"rose\",\"size\":\"L\"}", 1);
        assertThat(soldOut.body().path("stock").asText()).isEqualTo("OUT_OF_STOCK");
        assertThat(soldOut.body().has("delivery")).as("no promise for goods out of stock").isFalse();

        Http.Answer conflicting = quote("{\"colour\":\"graphite\",\"size\":\"S\",\"functions\":\"wireless\"}", 1);
        assertThat(conflicting.status()).isEqualTo(422);
        assertThat(conflicting.text("type")).isEqualTo("/problems/invalid-configuration");
        assertThat(conflicting.body().path("conflicting").toString()).contains("functions=wireless", "size=L");

        // 199.00 + size L 10 % (19.90) + wireless charging 49.00
        Http.Answer quoted = quote("{\"colour\":\"graphite\",\"size\":\"L\",\"functions\":\"wireless\"}", 2);
        assertThat(quoted.status()).isEqualTo(200);
        assertThat(quoted.body().path("price").path("unitPrice").path("amount").asText()).isEqualTo("267.90");
        assertThat(quoted.body().path("price").path("total").path("amount").asText()).isEqualTo("535.80");
        assertThat(quoted.body().path("stock").asText()).isIn("IN_STOCK", "LOW");
        assertThat(quoted.body().path("delivery").path("earliest").asText()).isNotBlank();

        Http customer = commands.as(people.customer("Ada Sun"));
        String cart = customer.post("/api/carts", null).text("cartId");
        assertThat(customer.post("/api/carts/" + cart + "/items", """
                {"productId":"ks-charger-pro","options":{"colour":"graphite","size":"L","functions":"wireless"},
                 "quantity":2,"unitPrice":%s}""".formatted(quoted.body().path("price").path("unitPrice"))).status())
                .isEqualTo(201);
        assertThat(customer.post("/api/carts/" + cart + "/checkout", Checkout.BODY).status()).isEqualTo(201);
    }

    @Test
    void the_back_office_reprices_a_product_and_placed_orders_keep_their_price() throws InterruptedException {
        Http backOffice = commands.as(people.staff("BACK_OFFICE"));
        String productId = "ks-test-lamp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(backOffice.post("/api/products", """
                {"productId":"%s","definition":%s}""".formatted(productId, Products.lamp("100.00"))).status()).isEqualTo(201);
        assertThat(backOffice.post("/api/products/" + productId + "/publication", null).status()).isEqualTo(200);
        assertThat(backOffice.send("PUT", "/api/products/" + productId + "/stock",
                "{\"options\":{\"colour\":\"white\"},\"onHand\":2}").status()).isEqualTo(200);

        String quote = "{\"productId\":\"" + productId + "\",\"options\":{\"colour\":\"white\"},\"quantity\":1,\"region\":\"BJ\"}";
        JsonNode first = eventually(() -> queries.post("/api/quotes", quote),
                answer -> answer.status() == 200 && answer.body().path("stock").asText().equals("LOW")).body();
        assertThat(first.path("price").path("unitPrice").path("amount").asText()).isEqualTo("100.00");

        String token = people.customer("Bo Li");
        Http customer = commands.as(token);
        String cart = customer.post("/api/carts", null).text("cartId");
        customer.post("/api/carts/" + cart + "/items",
                "{\"productId\":\"" + productId + "\",\"options\":{\"colour\":\"white\"},\"quantity\":1}");
        String order = customer.post("/api/carts/" + cart + "/checkout", Checkout.BODY).text("orderId");

        assertThat(backOffice.send("PUT", "/api/products/" + productId, "{\"definition\":" + Products.lamp("120.00") + "}").status())
                .isEqualTo(200);
        eventually(() -> queries.post("/api/quotes", quote),
                answer -> answer.body().path("price").path("unitPrice").path("amount").asText().equals("120.00"));

        JsonNode placed = eventually(() -> queries.as(token).get("/api/orders/" + order), answer -> answer.status() == 200).body();
        assertThat(placed.path("total").path("amount").asText()).as("placed orders keep their price").isEqualTo("100.00");

        String laterCart = customer.post("/api/carts", null).text("cartId");
        Http.Answer stale = customer.post("/api/carts/" + laterCart + "/items", """
                {"productId":"%s","options":{"colour":"white"},"quantity":1,"unitPrice":{"amount":"100.00","currency":"CNY"}}"""
                .formatted(productId));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("type")).isEqualTo("/problems/price-changed");

        assertThat(backOffice.send("DELETE", "/api/products/" + productId + "/publication", null).status()).isEqualTo(200);
        eventually(() -> queries.post("/api/quotes", quote), answer -> answer.status() == 404);
        assertThat(customer.post("/api/carts/" + laterCart + "/items",
                "{\"productId\":\"" + productId + "\",\"options\":{\"colour\":\"white\"},\"quantity\":1}").text("type"))
                .isEqualTo("/problems/product-unavailable");
    }

    private Http.Answer quote(String options, int quantity) {
        return queries.post("/api/quotes", """
                {"productId":"ks-charger-pro","options":%s,"quantity":%d,"region":"SH"}""".formatted(options, quantity));
    }

    private static Http.Answer eventually(Supplier<Http.Answer> ask, Predicate<Http.Answer> until) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(ask::get, until);
    }
}
