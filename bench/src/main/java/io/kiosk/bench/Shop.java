package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a customer does in the shop, over HTTP, step by step: open a cart, add configured goods, check
 * out, pay on the sandbox's page, and follow the order in tracking; and what the back office does to
 * ship it. Every step checks its answer, so a scenario counts only what really succeeded.
 */
final class Shop {

    static final String SHOPPER_NAME = "Bench Shopper";
    static final String SHOPPER_EMAIL = "bench.shopper@example.com";
    static final String SHOPPER_PHONE = "+8613812345678";
    static final List<String> PAYMENT_METHODS = List.of("ALIPAY", "WECHAT_PAY", "CARD");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<String> items;

    /**
     * @param quoteBodies valid configurations of the demo catalogue, as quote requests (their region is dropped);
     *                    only those of variants the catalogue keeps in stock go into carts (the benchmark stocks them deep)
     */
    Shop(List<String> quoteBodies, Path catalogue, ObjectMapper json) throws IOException {
        Map<String, JsonNode> stock = new HashMap<>();
        for (JsonNode product : json.readTree(catalogue.toFile())) {
            stock.put(product.path("productId").asText(), product.path("stock"));
        }
        List<String> bodies = new ArrayList<>();
        for (String quote : quoteBodies) {
            ObjectNode item = (ObjectNode) json.readTree(quote);
            item.remove("region");
            if (stocked(stock.get(item.path("productId").asText()), item.path("options"))) {
                bodies.add(json.writeValueAsString(item));
            }
        }
        this.items = List.copyOf(bodies);
    }

    private static boolean stocked(JsonNode variants, JsonNode options) {
        if (variants == null) {
            return false;
        }
        for (JsonNode variant : variants) {
            boolean matches = variant.has("onHand");
            for (var option : (Iterable<Map.Entry<String, JsonNode>>) variant.path("options")::fields) {
                matches &= options.path(option.getKey()).asText().equals(option.getValue().asText());
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** The {@code n}-th add-to-cart body: the catalogue's configurations in turn. */
    String item(long n) {
        return items.get((int) (n % items.size()));
    }

    int itemCount() {
        return items.size();
    }

    String openCart(Api customer) throws IOException, InterruptedException {
        return customer.post("/api/carts", null).expect(201).text("cartId");
    }

    Api.Answer addItem(Api customer, String cart, String item) throws IOException, InterruptedException {
        return customer.post("/api/carts/" + cart + "/items", item).expect(201);
    }

    /** Checks the cart out to the benchmark's shopper in Shanghai; the answer holds the order id and its log position. */
    Api.Answer checkout(Api customer, String cart, String paymentMethod) throws IOException, InterruptedException {
        return customer.post("/api/carts/" + cart + "/checkout", """
                {"address":{"recipient":"%1$s","phone":"%2$s","line1":"1 Nanjing Road",
                            "city":"Shanghai","region":"Shanghai","postalCode":"200001","country":"CN"},
                 "contact":{"name":"%1$s","phone":"%2$s","email":"%3$s"},
                 "paymentMethod":"%4$s","region":"SH"}""".formatted(SHOPPER_NAME, SHOPPER_PHONE, SHOPPER_EMAIL, paymentMethod))
                .expect(201);
    }

    /** The sandbox page the order's payment sends the customer to, once tracking shows it. */
    String paymentPage(Api customerQueries, String order) throws IOException, InterruptedException {
        JsonNode tracked = await(customerQueries, order,
                answer -> answer.body().path("payment").path("action").path("value").asText().contains("/sandbox/pay/"));
        return URI.create(tracked.path("payment").path("action").path("value").asText()).getPath();
    }

    void pay(Api anonymousCommands, String paymentPage) throws IOException, InterruptedException {
        int status = anonymousCommands.form(paymentPage, "outcome=pay");
        if (status != 200) {
            throw new IllegalStateException("the sandbox answered " + status + " to paying " + paymentPage);
        }
    }

    JsonNode awaitStatus(Api queries, String order, String status) throws IOException, InterruptedException {
        return await(queries, order, answer -> answer.text("status").equals(status));
    }

    /** The back office packs, ships (with a carrier's tracking number) and delivers a paid order. */
    void deliver(Api backOffice, String order) throws IOException, InterruptedException {
        backOffice.post("/api/orders/" + order + "/fulfilment", null).expect(200);
        backOffice.post("/api/orders/" + order + "/shipment", """
                {"carrier":"SF Express","trackingNumber":"SF%s","eta":{"earliest":"%s","latest":"%s"}}""".formatted(
                order.substring(0, 8), LocalDate.now().plusDays(2), LocalDate.now().plusDays(4))).expect(200);
        backOffice.post("/api/orders/" + order + "/delivery", null).expect(200);
    }

    /** Polls the order's tracking (every 2 ms: the poll is the client's, the wait is the read model's) until it matches. */
    JsonNode await(Api queries, String order, Predicate<Api.Answer> wanted) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Api.Answer answer = queries.get("/api/orders/" + order);
            if (answer.status() == 200 && wanted.test(answer)) {
                return answer.body();
            }
            if (answer.status() != 200 && answer.status() != 404) {
                answer.expect(200);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("order " + order + " did not get there within " + PATIENCE + ": " + answer.body());
            }
            Thread.sleep(2);
        }
    }
}
