package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 6: what the storefront's pages cost next to the query side's JSON answer for the same data, from the same
 * customers at the same concurrency. A page asks the query API (through the generated client) and renders a template, so
 * the target is that a page costs at most twice its API call: the product page against {@code GET /api/products/{id}},
 * the product page's htmx quote redraw against {@code POST /api/quotes} with the same configuration, and a customer's
 * order page (logged in through the login form) against {@code GET /api/orders/{id}} with the customer's token.
 */
final class PageSpeed {

    static final String PAGES = "6. Page speed: storefront page → the query side's JSON for the same data";
    private static final int ORDERS_PER_CUSTOMER = 3;

    private final Bench bench;
    private final LoadRun load;
    private final Report report;
    private final URI web;

    PageSpeed(Bench bench, LoadRun load, Report report) {
        this.bench = bench;
        this.load = load;
        this.report = report;
        this.web = bench.kiosk.webApp();
    }

    void measure(List<Integer> clientCounts, List<String> quotes) throws Exception {
        List<String> products = quotes.stream().map(this::productOf).distinct().toList();
        int most = clientCounts.stream().max(Integer::compare).orElse(1);
        List<WebSession> browsers = new ArrayList<>();
        List<List<String>> orders = new ArrayList<>();
        for (int client = 0; client < most; client++) {
            browsers.add(new WebSession(web).logIn(bench.customer(client)));
            orders.add(placeOrders(client));
        }
        Report.Target twice = Report.Target.p95Ratio(2);
        for (int clients : clientCounts) {
            Measurement productPage = load.measure("product page (GET /products/{id}, web)", clients, (client, sequence) ->
                    browsers.get(client).page("/products/" + products.get((int) (sequence % products.size())), false));
            Measurement productJson = load.measure("product (GET /api/products/{id}, query side)", clients, (client, sequence) ->
                    bench.anonymousQueries().get("/api/products/" + products.get((int) (sequence % products.size()))).expect(200));
            report.add(PAGES, productPage, productJson, twice);
            Measurement redraw = load.measure("quote redraw (GET /products/{id}/quote, HX-Request, web)", clients,
                    (client, sequence) -> browsers.get(client).page(redrawPath(quotes.get((int) (sequence % quotes.size()))), true));
            Measurement quote = load.measure("quote (POST /api/quotes, query side)", clients, (client, sequence) ->
                    bench.anonymousQueries().post("/api/quotes", quotes.get((int) (sequence % quotes.size()))).expect(200));
            report.add(PAGES, redraw, quote, twice);
            List<Api> tokens = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                tokens.add(bench.customerQueries(client));
            }
            Measurement orderPage = load.measure("order page (GET /orders/{id}, logged-in web session)", clients,
                    (client, sequence) -> browsers.get(client).page("/orders/" + own(orders, client, sequence), false));
            Measurement orderJson = load.measure("order (GET /api/orders/{id}, bearer token, query side)", clients,
                    (client, sequence) -> tokens.get(client).get("/api/orders/" + own(orders, client, sequence)).expect(200));
            report.add(PAGES, orderPage, orderJson, twice);
        }
        report.note(PAGES, "Each client is a browser of its own (cookie jar, web session logged in through the login form)"
                + " and a customer of the APIs. The product page asks the query side for the product and for the quote of"
                + " its default configuration, the redraw for the product and the quote of the chosen one, the order page"
                + " for the order: a page makes one or two API calls and renders HTML (Thymeleaf), so ≤ 2 × its API call is"
                + " the target. Pages are read whole; " + products.size() + " products, " + quotes.size()
                + " configurations, " + ORDERS_PER_CUSTOMER + " unpaid orders per customer.");
    }

    /** Orders of the client's customer, checked out (not paid) and visible in tracking. */
    private List<String> placeOrders(int client) throws Exception {
        Api commands = bench.customerCommands(client);
        Api queries = bench.customerQueries(client);
        List<String> placed = new ArrayList<>();
        for (int n = 0; n < ORDERS_PER_CUSTOMER; n++) {
            String cart = bench.shop.openCart(commands);
            bench.shop.addItem(commands, cart, bench.shop.item((long) client * ORDERS_PER_CUSTOMER + n));
            String order = bench.shop.checkout(commands, cart, Shop.PAYMENT_METHODS.get(n % 3)).text("orderId");
            bench.shop.await(queries, order, answer -> true);
            placed.add(order);
        }
        return placed;
    }

    private static String own(List<List<String>> orders, int client, long sequence) {
        List<String> theirs = orders.get(client);
        return theirs.get((int) (sequence % theirs.size()));
    }

    private String productOf(String quote) {
        try {
            return bench.json.readTree(quote).path("productId").asText();
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The redraw htmx sends for a quote request's configuration: {@code option.<group>=<choice>}, quantity and region. */
    private String redrawPath(String quote) throws java.io.IOException {
        JsonNode request = bench.json.readTree(quote);
        StringBuilder path = new StringBuilder("/products/").append(request.path("productId").asText()).append("/quote?quantity=")
                .append(request.path("quantity").asInt(1)).append("&region=").append(encode(request.path("region").asText()));
        for (var option : (Iterable<Map.Entry<String, JsonNode>>) request.path("options")::fields) {
            for (String value : option.getValue().asText().split(",")) {
                path.append("&option.").append(encode(option.getKey())).append('=').append(encode(value));
            }
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
