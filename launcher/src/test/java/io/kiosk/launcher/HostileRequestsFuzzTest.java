package io.kiosk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.launcher.HostileRequests.Caller;
import io.kiosk.launcher.HostileRequests.Request;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz: at least 10,000 requests made from the committed OpenAPI documents ({@link ApiOperations}) over every endpoint
 * of both applications, as nobody, a customer, the back office, an administrator and a forged token, with hostile
 * bodies, headers and parameters ({@link HostileRequests}). Not one may answer 5xx, hang, or leave a stack trace in
 * its answer, and none may park an event in a dead-letter queue or stall a process.
 *
 * <p>The requests follow from the seed: {@code -Dkiosk.fuzz.seed=N} replays a run (the seed is printed, and so is
 * each failing request with its number), {@code -Dkiosk.fuzz.requests=N} changes how many.
 */
@ExtendWith(FaultSuite.Extension.class)
@Order(Integer.MAX_VALUE) // last: whatever it leaves behind (locked addresses, odd synonyms) meets no other test
class HostileRequestsFuzzTest {

    private static final long SEED = Long.getLong("kiosk.fuzz.seed", 20_261_217L);
    private static final int REQUESTS = Integer.getInteger("kiosk.fuzz.requests", 10_000);
    private static final int THREADS = 4;
    /** Bodies past the global limit (1 MiB) may be cut off before they are read: no answer is then fine. */
    private static final int LIMIT = 1 << 20;
    /** A line of a Java stack trace ({@code at io.kiosk.X.method(X.java:12)}); a dead letter's cause may name its class. */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    private final FaultSuite faults;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HostileRequestsFuzzTest(FaultSuite faults) {
        this.faults = faults;
    }

    @Test
    void ten_thousand_hostile_requests_over_every_endpoint_get_no_5xx_and_park_no_event() throws Exception {
        ApiOperations api = ApiOperations.readFrom(Path.of(System.getProperty("kiosk.api-docs", "../docs/api")));
        assertThat(api.all()).as("operations in docs/api").hasSizeGreaterThan(70);
        Map<Caller, String> tokens = callers();
        Map<String, String> knownIds = knownIds(tokens.get(Caller.CUSTOMER));
        long deadLettersBefore = deadLetters(tokens.get(Caller.ADMIN));
        HostileRequests requests = new HostileRequests(api, SEED, knownIds);
        System.out.printf("fuzz: seed %d (-Dkiosk.fuzz.seed=%d replays it), %d requests over %d operations%n",
                SEED, SEED, REQUESTS, api.all().size());

        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        LongAdder excused = new LongAdder(); // no answer, rightly: a live stream left open, a body past the limit cut off
        AtomicLong next = new AtomicLong();
        long began = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int thread = 0; thread < THREADS; thread++) {
            threads.submit(() -> {
                for (long n = next.getAndIncrement(); n < REQUESTS; n = next.getAndIncrement()) {
                    Request request = requests.make(n);
                    String failure = send(request, tokens, statuses, excused);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(20, TimeUnit.MINUTES)).as("the fuzz run ended").isTrue();
        Map<Integer, Long> histogram = new TreeMap<>();
        statuses.forEach((status, count) -> histogram.put(status, count.sum()));
        System.out.printf("fuzz: %d requests in %d s, answers by status %s, %d rightly unanswered, %d failures%n", REQUESTS,
                Duration.ofNanos(System.nanoTime() - began).toSeconds(), histogram, excused.sum(), failures.size());
        failures.stream().limit(40).forEach(failure -> System.out.println("fuzz failure: " + failure));

        long answered = histogram.values().stream().mapToLong(Long::longValue).sum();
        assertThat(answered + excused.sum() + failures.size()).as("requests made, each answered, rightly unanswered or failed")
                .isEqualTo(REQUESTS);
        assertThat(failures).as("5xx, hangs and stack traces (seed %d)", SEED).isEmpty();
        assertThat(deadLetters(tokens.get(Caller.ADMIN))).as("events parked or stalled after the fuzz").isEqualTo(deadLettersBefore);
    }

    /** Sends one request; answers what was wrong with its answer, or null. */
    private String send(Request request, Map<Caller, String> tokens, Map<Integer, LongAdder> statuses, LongAdder excused) {
        URI base = request.operation().side() == ApiOperations.Side.COMMAND ? faults.kiosk().commandApi() : faults.kiosk().queryApi();
        boolean stream = request.pathAndQuery().contains("/live");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(stream ? Duration.ofSeconds(3) : Duration.ofSeconds(30))
                .method(request.method(), request.body() == null || request.method().equals("HEAD")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        String token = tokens.get(request.caller());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(answer.statusCode(), status -> new LongAdder()).increment();
            if (answer.statusCode() >= 500) {
                return answer.statusCode() + " " + abbreviate(answer.body()) + " ← " + request.describe();
            }
            if (STACK_FRAME.matcher(answer.body()).find()) {
                return "a stack trace in " + answer.statusCode() + " " + abbreviate(answer.body()) + " ← " + request.describe();
            }
            return null;
        } catch (HttpTimeoutException late) {
            return stream ? excuse(excused) : "no answer within 30 s ← " + request.describe();
        } catch (IOException cutOff) {
            boolean tooBig = request.body() != null && request.body().length > LIMIT;
            boolean hugeHeader = request.headers().values().stream().anyMatch(value -> value.length() > 8_000);
            return tooBig || hugeHeader ? excuse(excused) : "no answer: " + cutOff + " ← " + request.describe();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String excuse(LongAdder excused) {
        excused.increment();
        return null;
    }

    private Map<Caller, String> callers() throws InterruptedException {
        String customer = faults.people().customer("Fuzz Customer");
        return Map.of(
                Caller.CUSTOMER, customer,
                Caller.BACK_OFFICE, faults.people().staff("BACK_OFFICE"),
                // an administrator of the fuzz's own: its wrong current passwords lock its address, not the suite's admin
                Caller.ADMIN, faults.people().staff("ADMIN"),
                // the customer's token with its signature changed: it must be refused as anyone's
                Caller.FORGED, customer.substring(0, customer.length() - 4) + "AAAA");
    }

    /** Real ids for the fuzz to aim at: a product, a cart with a line, an order, a projection. */
    private Map<String, String> knownIds(String customerToken) {
        Http commands = faults.commands(customerToken);
        String productId = faults.newStockedProduct(100);
        String cartId = commands.post("/api/carts", null).text("cartId");
        String itemId = commands.post("/api/carts/" + cartId + "/items", """
                {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(productId)).text("itemId");
        String ordered = commands.post("/api/carts", null).text("cartId");
        assertThat(commands.post("/api/carts/" + ordered + "/items", """
                {"productId":"%s","options":{"colour":"white"},"quantity":1}""".formatted(productId)).status()).isEqualTo(201);
        String orderId = commands.post("/api/carts/" + ordered + "/checkout", Checkout.BODY).text("orderId");
        return Map.of("productId", productId, "cartId", cartId, "itemId", itemId, "orderId", orderId,
                "projection", "order-tracking");
    }

    /** Events parked by the projections and the command side's processors, and those the order process gave up. */
    private long deadLetters(String adminToken) {
        long parked = ProjectionsAtRest.deadLetters(ProjectionsAtRest.awaitCaughtUp(faults.queries(adminToken), Duration.ofMinutes(2)));
        JsonNode processFailures = faults.commands(adminToken).get("/api/process-failures").body();
        return parked + processFailures.path("parked").size() + processFailures.path("stalled").size();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
