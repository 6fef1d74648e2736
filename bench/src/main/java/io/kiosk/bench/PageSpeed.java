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
 * the target is that a page costs at most twice its API calls: the product page against {@code GET /api/products/{id}}
 * and {@code POST /api/quotes} one after another (it shows the product and its quote; against the product alone too),
 * the product page's htmx quote redraw against {@code POST /api/quotes} with the same configuration, the search page
 * against the product search it asks for ({@code GET /api/products?q=}, the richer query with its did-you-mean and
 * fallback for a text that finds nothing), and a customer's
 * order page (logged in through the login form) against {@code GET /api/orders/{id}} with the customer's token; and the
 * console's order page with a history of {@value #CONSOLE_ORDER_EVENTS} or more events (back office logged in) against the
 * order and its history, asked one after another with the back office's token; and the console's analytics dashboard (an
 * analyst logged in) against the nine analytics reports it shows, asked one after another with the analyst's token.
 */
final class PageSpeed {

    static final String PAGES = "6. Page speed: storefront page → the query side's JSON for the same data";
    private static final int ORDERS_PER_CUSTOMER = 3;
    /** How many events the console's measured order has at least (the order's, its payment's and its refunds'). */
    private static final int CONSOLE_ORDER_EVENTS = 50;
    /** The reports the dashboard asks for, as it asks for them (the period is added). */
    private static final List<String> DASHBOARD_REPORTS = List.of("sales?by=day", "sales?by=category", "funnel?", "payment-methods?",
            "heatmap?", "top-products?limit=10&by=units", "refunds?by=product", "refunds?by=reason", "search-misses?limit=20");

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
        Map<String, String> quoteOf = new java.util.HashMap<>();
        quotes.forEach(quote -> quoteOf.putIfAbsent(productOf(quote), quote));
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
            Measurement productData = load.measure("the product and a quote of it (GET /api/products/{id}, POST /api/quotes,"
                    + " one after another, query side)", clients, (client, sequence) -> {
                        String product = products.get((int) (sequence % products.size()));
                        bench.anonymousQueries().get("/api/products/" + product).expect(200);
                        bench.anonymousQueries().post("/api/quotes", quoteOf.get(product)).expect(200);
                    });
            report.add(PAGES, productPage, productData, twice);
            report.add(PAGES, productPage, productJson, Report.Target.NONE);
            Measurement redraw = load.measure("quote redraw (GET /products/{id}/quote, HX-Request, web)", clients,
                    (client, sequence) -> browsers.get(client).page(redrawPath(quotes.get((int) (sequence % quotes.size()))), true));
            Measurement quote = load.measure("quote (POST /api/quotes, query side)", clients, (client, sequence) ->
                    bench.anonymousQueries().post("/api/quotes", quotes.get((int) (sequence % quotes.size()))).expect(200));
            report.add(PAGES, redraw, quote, twice);
            Measurement searchPage = load.measure("search page (GET /search?q=, web)", clients, (client, sequence) ->
                    browsers.get(client).page("/search?q=" + searchText(sequence), false));
            Measurement searchJson = load.measure("product search (GET /api/products?q=&size=12, query side)", clients,
                    (client, sequence) -> bench.anonymousQueries().get("/api/products?size=12&q=" + searchText(sequence)).expect(200));
            report.add(PAGES, searchPage, searchJson, twice);
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
        measureConsoleOrder(clientCounts, twice);
        measureDashboard(clientCounts, twice);
        report.note(PAGES, "Each client is a browser of its own (cookie jar, web session logged in through the login form)"
                + " and a customer of the APIs. A page is held against the query side's JSON for the data it shows: the"
                + " product page shows the product and the quote of its default configuration (price breakdown, stock,"
                + " delivery window), so its reference is both calls one after another (the row against the product"
                + " alone is shown too, without a target); the redraw shows the quote of the chosen configuration, the"
                + " order page the order. The web app keeps product definitions for a few seconds (names and controls,"
                + " never prices or stock), so a page mostly makes one API call (the quote, the order) and renders HTML"
                + " (Thymeleaf). Pages are read whole; " + products.size() + " products, " + quotes.size()
                + " configurations, " + ORDERS_PER_CUSTOMER + " unpaid orders per customer.");
    }

    /** One of the texts shoppers type (those of the queries scenario), as a query parameter. */
    private static String searchText(long sequence) {
        return URLEncoder.encode(Scenarios.PRODUCT_TEXTS.get((int) (sequence % Scenarios.PRODUCT_TEXTS.size())), StandardCharsets.UTF_8);
    }

    /**
     * The console's order page of a delivered order whose customer asked for a refund and was refused, again and again,
     * until its history (order, payment and refunds) holds {@value #CONSOLE_ORDER_EVENTS} events or more: the page asks for
     * the order and its history and renders both, so the reference is those two API calls one after another.
     */
    private void measureConsoleOrder(List<Integer> clientCounts, Report.Target twice) throws Exception {
        String order = orderWithLongHistory();
        int most = clientCounts.stream().max(Integer::compare).orElse(1);
        List<WebSession> staff = new ArrayList<>();
        for (int client = 0; client < most; client++) {
            staff.add(new WebSession(web).logIn(bench.backOffice()));
        }
        Api backOffice = bench.backOfficeQueries();
        int events = backOffice.get("/api/orders/" + order + "/history").expect(200).body().path("events").size();
        for (int clients : clientCounts) {
            Measurement page = load.measure("console order page, " + events + " events (GET /admin/orders/{id}, back office's"
                    + " web session)", clients, (client, sequence) -> staff.get(client).page("/admin/orders/" + order, false));
            Measurement json = load.measure("the order and its history (GET /api/orders/{id}, /history, one after another,"
                    + " query side)", clients, (client, sequence) -> {
                        backOffice.get("/api/orders/" + order).expect(200);
                        backOffice.get("/api/orders/" + order + "/history").expect(200);
                    });
            report.add(PAGES, page, json, twice);
        }
    }

    /** A paid, delivered order with refund requests rejected one after another until its history is long enough. */
    private String orderWithLongHistory() throws Exception {
        Api customer = bench.customerCommands(0);
        Api customerQueries = bench.customerQueries(0);
        Api staffCommands = bench.backOfficeCommands();
        Api staffQueries = bench.backOfficeQueries();
        String cart = bench.shop.openCart(customer);
        bench.shop.addItem(customer, cart, bench.shop.item(1));
        bench.shop.addItem(customer, cart, bench.shop.item(2));
        String order = bench.shop.checkout(customer, cart, Shop.PAYMENT_METHODS.get(0)).text("orderId");
        bench.shop.pay(bench.anonymousCommands(), bench.shop.paymentPage(customerQueries, order));
        bench.shop.awaitStatus(customerQueries, order, "PAID");
        bench.shop.deliver(staffCommands, order);
        bench.shop.awaitStatus(customerQueries, order, "DELIVERED");
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (staffQueries.get("/api/orders/" + order + "/history").expect(200).body().path("events").size()
                < CONSOLE_ORDER_EVENTS) {
            // a rejection frees the held amount asynchronously (the refund tells the order): ask again until it is free
            Api.Answer asked = customer.post("/api/orders/" + order + "/refunds", """
                    {"reason":"NOT_AS_DESCRIBED","note":"the colour differs from the picture"}""");
            if (asked.status() == 201) {
                staffCommands.post("/api/refunds/" + asked.text("refundId") + "/rejection", """
                        {"reason":"the photos show the colour as described"}""").expect(200);
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a refund request for " + order + " kept answering " + asked.status());
            } else {
                Thread.sleep(5);
            }
        }
        return order;
    }

    /** The analysts' dashboard over the last seven mall days next to the nine reports it draws, one after another. */
    private void measureDashboard(List<Integer> clientCounts, Report.Target twice) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String period = "from=" + today.minusDays(6) + "&to=" + today;
        int most = clientCounts.stream().max(Integer::compare).orElse(1);
        List<WebSession> analysts = new ArrayList<>();
        for (int client = 0; client < most; client++) {
            analysts.add(new WebSession(web).logIn(bench.analyst()));
        }
        Api reports = bench.analystQueries();
        for (int clients : clientCounts) {
            Measurement dashboard = load.measure("analytics dashboard (GET /admin/analytics, analyst's web session)", clients,
                    (client, sequence) -> analysts.get(client).page("/admin/analytics?" + period, false));
            Measurement json = load.measure("its " + DASHBOARD_REPORTS.size() + " reports (GET /api/analytics/*, one after another, query side)", clients,
                    (client, sequence) -> {
                        for (String asked : DASHBOARD_REPORTS) {
                            reports.get("/api/analytics/" + asked + (asked.endsWith("?") ? "" : "&") + period).expect(200);
                        }
                    });
            report.add(PAGES, dashboard, json, twice);
        }
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
