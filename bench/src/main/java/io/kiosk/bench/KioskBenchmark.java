package io.kiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.launcher.Database;
import io.kiosk.launcher.KioskSettings;
import io.kiosk.launcher.KioskSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Kiosk the way the run command does (embedded PostgreSQL and Elasticsearch unless
 * {@code KIOSK_DB_URL} / {@code KIOSK_ELASTICSEARCH_URL} name real ones), waits until the demo
 * catalogue is projected, measures every scenario next to its raw baseline, and writes the report
 * to {@code bench/target/bench-report/}. Sizes come from system properties so a quick look and a
 * careful run use the same code: {@code kiosk.bench.rounds}, {@code kiosk.bench.operations},
 * {@code kiosk.bench.warmup}, {@code kiosk.bench.clients} (comma-separated).
 */
public final class KioskBenchmark {

    private static final List<String> REGIONS = List.of("SH", "JZ", "BJ", "GD", "SC");

    private KioskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("kiosk.bench.rounds", 5);
        int operations = Integer.getInteger("kiosk.bench.operations", 2000);
        int warmup = Integer.getInteger("kiosk.bench.warmup", 2000);
        List<Integer> clientCounts = java.util.Arrays.stream(System.getProperty("kiosk.bench.clients", "1,8").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        ObjectMapper json = new ObjectMapper();
        LoadRun load = new LoadRun(warmup, rounds, operations);

        try (KioskSystem kiosk = KioskSystem.start(settings())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            URI quotes = kiosk.queryApi().resolve("/api/quotes");
            List<String> bodies = QuoteRequests.from(Path.of(System.getProperty("kiosk.bench.catalogue")), REGIONS, json);
            awaitQuotable(http, quotes, bodies);

            List<Report.Comparison> comparisons = new ArrayList<>();
            for (int clients : clientCounts) {
                Measurement quote = load.measure("quote (POST /api/quotes)", clients, (client, sequence) -> {
                    HttpResponse<String> answer = http.send(post(quotes, bodies.get((int) (sequence % bodies.size()))),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("quote answered " + answer.statusCode() + ": " + answer.body());
                    }
                });
                Measurement raw;
                try (RawPointReads reads = new RawPointReads(kiosk.database(), clients)) {
                    raw = load.measure("raw PostgreSQL primary-key read (JDBC)", clients, reads::read);
                }
                URI liveness = kiosk.queryApi().resolve("/actuator/health/liveness");
                Measurement floor = load.measure("HTTP floor (GET /actuator/health/liveness, same app)", clients,
                        (client, sequence) -> {
                            if (http.send(HttpRequest.newBuilder(liveness).build(), HttpResponse.BodyHandlers.discarding())
                                    .statusCode() != 200) {
                                throw new IllegalStateException("liveness probe failed");
                            }
                        });
                comparisons.add(new Report.Comparison(quote, raw, "p95 < 20 ms"));
                comparisons.add(new Report.Comparison(quote, floor, "p95 < 20 ms"));
                System.out.printf("quote, %d clients: %.0f/s, p95 %.2f ms (raw point read p95 %.2f ms)%n",
                        clients, quote.throughput(), quote.p95(), raw.p95());
            }
            Map<String, String> context = new LinkedHashMap<>();
            context.put("date", Instant.now().toString());
            context.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap for the load generator, Java "
                    + System.getProperty("java.version"));
            context.put("data", bodies.size() + " distinct quote requests over the demo catalogue");
            context.put("rounds", rounds + " measured rounds of " + operations + " operations after " + warmup + " warm-up operations");
            context.put("note", "load generator, applications, PostgreSQL and Elasticsearch share this machine");
            Path directory = Path.of(System.getProperty("kiosk.bench.report", "target/bench-report"));
            Report.write(directory, context, comparisons);
            System.out.println("report written to " + directory.toAbsolutePath());
        }
    }

    private static KioskSettings settings() throws IOException {
        Optional<Database> database = env("KIOSK_DB_URL").map(url ->
                new Database(url, env("KIOSK_DB_USER").orElse("kiosk"), env("KIOSK_DB_PASSWORD").orElse("")));
        return new KioskSettings(
                Path.of(System.getProperty("kiosk.command-side.jar")),
                Path.of(System.getProperty("kiosk.query-side.jar")),
                freePort(), freePort(),
                database,
                env("KIOSK_ELASTICSEARCH_URL"),
                Files.createTempDirectory("kiosk-bench"),
                false,
                Optional.of(Path.of(System.getProperty("kiosk.logs", "target/bench-logs"))),
                true,
                null,
                Optional.empty());
    }

    /** The demo catalogue is loaded through commands at start and projected shortly after: wait for both ends of it. */
    private static void awaitQuotable(HttpClient http, URI quotes, List<String> bodies) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (String body : List.of(bodies.get(0), bodies.get(bodies.size() - 1))) {
            while (http.send(post(quotes, body), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the demo catalogue was not quotable within 3 minutes: " + body);
                }
                Thread.sleep(200);
            }
        }
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }
}
