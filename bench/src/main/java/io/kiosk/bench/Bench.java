package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.launcher.KioskSystem;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running system as the benchmark's clients see it: its two APIs, the customers and staff who
 * call them (real accounts, logged in again before their 15-minute tokens run out), and a catalogue
 * stocked deep enough that no scenario runs out of goods.
 */
final class Bench {

    private static final Duration TOKEN_AGE = Duration.ofMinutes(10);
    static final int STOCK = 1_000_000;

    final KioskSystem kiosk;
    final HttpClient http;
    final ObjectMapper json;
    final Shop shop;
    private final Shoppers shoppers;
    private final List<Shoppers.Account> customers;
    private final Shoppers.Account backOffice;
    private final Shoppers.Account analyst;
    private final Map<Shoppers.Account, Long> loggedInAt = new HashMap<>();
    private final Map<Shoppers.Account, String> tokens = new HashMap<>();

    private Bench(KioskSystem kiosk, HttpClient http, ObjectMapper json, Shop shop, Shoppers shoppers,
                  List<Shoppers.Account> customers, Shoppers.Account backOffice, Shoppers.Account analyst) {
        this.kiosk = kiosk;
        this.http = http;
        this.json = json;
        this.shop = shop;
        this.shoppers = shoppers;
        this.customers = customers;
        this.backOffice = backOffice;
        this.analyst = analyst;
    }

    /** Registers {@code customers} customers, a back-office clerk and an analyst, and stocks every variant of the catalogue. */
    static Bench open(KioskSystem kiosk, HttpClient http, ObjectMapper json, Shop shop, Path catalogue, int customers)
            throws IOException, InterruptedException {
        Shoppers shoppers = new Shoppers(new Api(http, kiosk.commandApi()), kiosk.mailbox(), KioskBenchmark.ADMIN);
        List<Shoppers.Account> people = new ArrayList<>();
        for (int n = 0; n < customers; n++) {
            people.add(shoppers.customer("Bench Customer"));
        }
        Bench bench = new Bench(kiosk, http, json, shop, shoppers, List.copyOf(people), shoppers.staff("BACK_OFFICE"),
                shoppers.staff("ANALYST"));
        bench.stock(catalogue);
        return bench;
    }

    private void stock(Path catalogue) throws IOException, InterruptedException {
        Api asBackOffice = backOfficeCommands();
        for (JsonNode product : json.readTree(catalogue.toFile())) {
            for (JsonNode variant : product.path("stock")) {
                if (variant.has("onHand")) {
                    asBackOffice.put("/api/products/" + product.path("productId").asText() + "/stock",
                            "{\"options\":" + json.writeValueAsString(variant.path("options")) + ",\"onHand\":" + STOCK + "}")
                            .expect(200);
                }
            }
        }
    }

    Api anonymousCommands() {
        return new Api(http, kiosk.commandApi());
    }

    Api anonymousQueries() {
        return new Api(http, kiosk.queryApi());
    }

    int customerCount() {
        return customers.size();
    }

    /** The {@code n}-th customer's account, for logging in somewhere else than the API (the storefront). */
    Shoppers.Account customer(int n) {
        return customers.get(n);
    }

    /** The back-office account, for logging in to the console's order page. */
    Shoppers.Account backOffice() {
        return backOffice;
    }

    /** The analyst's account, for logging in to the console's dashboard. */
    Shoppers.Account analyst() {
        return analyst;
    }

    Api customerCommands(int n) throws IOException, InterruptedException {
        return anonymousCommands().as(token(customers.get(n)));
    }

    Api customerQueries(int n) throws IOException, InterruptedException {
        return anonymousQueries().as(token(customers.get(n)));
    }

    Api backOfficeCommands() throws IOException, InterruptedException {
        return anonymousCommands().as(token(backOffice));
    }

    Api backOfficeQueries() throws IOException, InterruptedException {
        return anonymousQueries().as(token(backOffice));
    }

    Api analystQueries() throws IOException, InterruptedException {
        return anonymousQueries().as(token(analyst));
    }

    private synchronized String token(Shoppers.Account account) throws IOException, InterruptedException {
        Long at = loggedInAt.get(account);
        if (at == null || System.nanoTime() - at > TOKEN_AGE.toNanos()) {
            tokens.put(account, shoppers.login(account));
            loggedInAt.put(account, System.nanoTime());
        }
        return tokens.get(account);
    }

    /** The demo catalogue is loaded through commands at start and projected shortly after: wait for both ends of it. */
    void awaitQuotable(List<String> quotes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (String body : List.of(quotes.get(0), quotes.get(quotes.size() - 1))) {
            while (anonymousQueries().post("/api/quotes", body).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the demo catalogue was not quotable within 3 minutes: " + body);
                }
                Thread.sleep(200);
            }
        }
    }

    /** The head of the event log and every projection's processor, as the back office sees them. */
    JsonNode projections() throws IOException, InterruptedException {
        return backOfficeQueries().get("/api/admin/projections").expect(200).body();
    }

    /** Waits until the log stops growing and every projection has caught up with it. */
    void awaitQuiet() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long lastHead = -1;
        while (System.nanoTime() < deadline) {
            JsonNode state = projections();
            long head = state.path("head").asLong();
            boolean caughtUp = true;
            for (JsonNode projection : state.path("projections")) {
                caughtUp &= projection.path("status").asText().equals("LIVE") && projection.path("position").asLong() >= head;
            }
            if (caughtUp && head == lastHead) {
                return;
            }
            lastHead = head;
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the projections did not catch up within 10 minutes: " + projections());
    }
}
