package io.kiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk.infra.embedded.EmbeddedPostgres;
import io.kiosk.launcher.Database;
import io.kiosk.launcher.KioskSettings;
import io.kiosk.launcher.AppProcess;
import io.kiosk.launcher.KioskSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of every benchmark scenario, each next to its raw baseline measured in the same run on the
 * same PostgreSQL and Elasticsearch. Starts Kiosk the way the run command does (embedded PostgreSQL and
 * Elasticsearch, with their data in {@code .kiosk-data/bench-*} so that the generated history is made
 * once and reused, unless {@code KIOSK_DB_URL} / {@code KIOSK_ELASTICSEARCH_URL} name real ones),
 * then measures commands with projection lag, order journeys, replays and queries, and writes the report
 * to {@code bench/target/bench-report/}. Sizes are system properties (see {@link Sizes}) so that a
 * quick look and a careful run use the same code.
 */
public final class KioskBenchmark {

    private static final List<String> REGIONS = List.of("SH", "JZ", "BJ", "GD", "SC");
    /** Each application's JVM in the benchmark: the full JIT, the default collector, room to work. */
    static final String FULL_JIT = "-Xss512k -Xmx768m";
    static final KioskSettings.Admin ADMIN = new KioskSettings.Admin("bench-admin@kiosk.bench", "the benchmark administrator phrase");

    /**
     * The benchmark's few customers pay far more often than the fraud rules let a real one (more than five
     * payments an hour, or large ones from a day-old account, are held for review), leave far more orders unpaid
     * than the cap lets one (five orders, fifty units), and all register from this machine: the rules and caps still
     * run on every payment and checkout, at thresholds no benchmark customer reaches.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "KIOSK_PAYMENTS_RISK_ATTEMPTS_MAX", "1000000000",
            "KIOSK_PAYMENTS_RISK_NEWACCOUNT_THRESHOLD", "1000000000.00",
            "KIOSK_MAX_UNPAID_ORDERS", "1000000000",
            "KIOSK_MAX_UNPAID_UNITS", "1000000000",
            "KIOSK_RATELIMITS_REGISTRATION_PERCLIENT", "1000000000");

    private KioskBenchmark() {
    }

    /** How much each scenario does. */
    record Sizes(int rounds, int operations, int warmup, Duration systemWarmup, List<Integer> clients, List<Integer> queryClients,
                 List<Integer> journeyClients, List<Integer> pageClients, int journeys, long historyOrders, long historyEvents,
                 List<String> replays, List<String> scenarios) {

        /** Every scenario, in the order they run; {@code kiosk.bench.scenarios} picks some (e.g. {@code pages}). */
        static final List<String> SCENARIOS = List.of("commands", "journeys", "replays", "queries", "pages");

        static Sizes fromSystemProperties() {
            return new Sizes(Integer.getInteger("kiosk.bench.rounds", 3),
                    Integer.getInteger("kiosk.bench.operations", 1000),
                    Integer.getInteger("kiosk.bench.warmup", 500),
                    Duration.ofSeconds(Long.getLong("kiosk.bench.system-warmup-seconds", 180)),
                    numbers("kiosk.bench.clients", "1,8,32"),
                    numbers("kiosk.bench.query-clients", "1,8"),
                    numbers("kiosk.bench.journey-clients", "1,8,32"),
                    numbers("kiosk.bench.page-clients", "1,8"),
                    Integer.getInteger("kiosk.bench.journeys", 60),
                    Long.getLong("kiosk.bench.history.orders", 100_000),
                    Long.getLong("kiosk.bench.history.events", 1_000_000),
                    names("kiosk.bench.replays", "order-tracking,order-search,analytics"),
                    scenarios(names("kiosk.bench.scenarios", String.join(",", SCENARIOS))));
        }

        private static List<String> names(String property, String defaults) {
            return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip)
                    .filter(name -> !name.isEmpty()).toList();
        }

        private static List<String> scenarios(List<String> chosen) {
            List<String> unknown = chosen.stream().filter(name -> !SCENARIOS.contains(name)).toList();
            if (!unknown.isEmpty() || chosen.isEmpty()) {
                throw new IllegalArgumentException("kiosk.bench.scenarios names " + unknown + "; the scenarios are " + SCENARIOS);
            }
            return chosen;
        }

        boolean runs(String scenario) {
            return scenarios.contains(scenario);
        }

        /** Only the page-speed scenario reads nothing of the generated history, so it alone runs without making one. */
        boolean needsHistory() {
            return scenarios.stream().anyMatch(name -> !name.equals("pages"));
        }

        private static List<Integer> numbers(String property, String defaults) {
            return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::strip).map(Integer::valueOf).toList();
        }

        int mostClients() {
            return java.util.stream.Stream.of(clients, queryClients, journeyClients, pageClients).flatMap(List::stream)
                    .max(Integer::compare)
                    .orElse(1);
        }
    }

    public static void main(String[] args) throws Exception {
        // the applications as a server runs them (the run command's quick-start options leave out C2)
        if (System.getProperty(AppProcess.JVM_OPTIONS) == null) {
            System.setProperty(AppProcess.JVM_OPTIONS, FULL_JIT);
        }
        Sizes sizes = Sizes.fromSystemProperties();
        ObjectMapper json = new ObjectMapper();
        Path catalogue = Path.of(System.getProperty("kiosk.bench.catalogue"));
        List<String> quotes = QuoteRequests.from(catalogue, REGIONS, json);
        Shop shop = new Shop(quotes, catalogue, json);
        Path data = Path.of(System.getProperty("kiosk.bench.data", ".kiosk-data/bench"))
                .resolve(sizes.needsHistory() ? sizes.historyOrders() + "-orders" : "no-history");
        Report report = new Report();
        Map<String, String> context = new LinkedHashMap<>();
        Instant began = Instant.now();

        Optional<HistoryGenerator.History> history = sizes.needsHistory()
                ? Optional.of(prepareHistory(sizes, shop, json, catalogue, data)) : Optional.empty();
        try (KioskSystem kiosk = KioskSystem.start(settings(data, sizes.runs("pages")))) {
            HttpClient http = Api.client();
            Bench bench = Bench.open(kiosk, http, json, shop, catalogue, sizes.mostClients() + 2);
            bench.awaitQuotable(quotes);
            context.put("date", began.toString());
            context.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                    + "; load generator, the applications, PostgreSQL and Elasticsearch share it");
            context.put("scenarios", String.join(", ", sizes.scenarios()));
            context.put("applications' JVM options", System.getProperty(AppProcess.JVM_OPTIONS));
            context.put("history", history.map(made -> String.format("%,d orders and %,d events in the log before this run"
                            + " (generated %s in %d s; reused when present)", made.orders(), made.events(), made.generatedAt(),
                    made.generation().toSeconds())).orElse("none made (the scenarios run need none)"));
            context.put("postgresql", HistoryGenerator.settings(kiosk.database()));
            context.put("rounds", sizes.rounds() + " measured rounds of " + sizes.operations() + " operations after "
                    + sizes.warmup() + " warm-up operations (journeys: " + sizes.journeys() + " per round); throughput is the"
                    + " median round");

            LoadRun load = new LoadRun(sizes.warmup(), sizes.rounds(), sizes.operations());
            Scenarios scenarios = new Scenarios(bench, load, report);
            if (!sizes.systemWarmup().isZero()) {
                int warmingClients = Math.min(4, bench.customerCount() - 1); // the last customer is the lag probe's
                long[] warmed = scenarios.warmUp(sizes.systemWarmup(), warmingClients);
                context.put("system warm-up", String.format("%d s of whole journeys from %d clients before the first scenario"
                                + " (%,d journeys, %d failed), so that the JIT has compiled what the scenarios run",
                        sizes.systemWarmup().toSeconds(), warmingClients, warmed[0], warmed[1]));
            }
            if (sizes.runs("commands")) {
                scenarios.commandsAndLag(sizes.clients());
            }
            if (sizes.runs("journeys")) {
                scenarios.journeys(sizes.journeyClients(), new LoadRun(Math.max(5, sizes.journeys() / 5),
                        Math.min(3, sizes.rounds()), sizes.journeys()));
            }
            if (sizes.runs("replays")) {
                scenarios.replays(sizes.replays());
            }
            if (sizes.runs("queries")) {
                scenarios.queries(sizes.queryClients(), quotes);
            }
            if (sizes.runs("pages")) {
                new PageSpeed(bench, load, report).measure(sizes.pageClients(), quotes);
            }
            context.put("duration", Duration.between(began, Instant.now()).toMinutes() + " minutes for the whole run");
            Path directory = Path.of(System.getProperty("kiosk.bench.report", "target/bench-report"));
            report.write(directory, context);
            System.out.println("report written to " + directory.toAbsolutePath());
        }
        System.exit(0);
    }

    /**
     * The history the replays and queries run over: reused when this data directory has it, otherwise
     * recorded from real journeys and copied (with Kiosk stopped in between).
     */
    private static HistoryGenerator.History prepareHistory(Sizes sizes, Shop shop, ObjectMapper json, Path catalogue, Path data)
            throws Exception {
        List<HistoryGenerator.Template> templates;
        try (KioskSystem kiosk = KioskSystem.start(settings(data, false))) {
            Optional<HistoryGenerator.History> existing = HistoryGenerator.existing(kiosk.database());
            if (existing.isPresent()) {
                System.out.println("history: reusing " + existing.get());
                return existing.get();
            }
            Bench bench = Bench.open(kiosk, Api.client(), json, shop, catalogue, 1);
            System.out.println("history: recording template journeys over HTTP");
            List<Templates.Recorded> recorded = Templates.run(shop, bench.customerCommands(0), bench.customerQueries(0),
                    bench.anonymousCommands(), bench.backOfficeCommands());
            bench.awaitQuiet();
            templates = HistoryGenerator.read(kiosk.database(), recorded);
        }
        System.out.printf("history: %d templates, %.1f events per order; copying with Kiosk stopped%n", templates.size(),
                templates.stream().mapToInt(t -> t.rows().size()).average().orElseThrow());
        Optional<Database> external = externalDatabase();
        if (external.isPresent()) {
            return HistoryGenerator.generate(external.get(), templates, sizes.historyOrders(), sizes.historyEvents());
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data.resolve("postgres"))) {
            return HistoryGenerator.generate(new Database(postgres.jdbcUrl(), postgres.username(), postgres.password()),
                    templates, sizes.historyOrders(), sizes.historyEvents());
        }
    }

    /** The system as the run command starts it; the storefront only when its pages are measured. */
    private static KioskSettings settings(Path data, boolean withWeb) {
        return new KioskSettings(
                Path.of(System.getProperty("kiosk.command-side.jar")),
                Path.of(System.getProperty("kiosk.query-side.jar")),
                withWeb ? Optional.of(Path.of(System.getProperty("kiosk.web.jar"))) : Optional.empty(),
                freePort(), freePort(), withWeb ? freePort() : 0,
                externalDatabase(),
                env("KIOSK_ELASTICSEARCH_URL"),
                data,
                true,
                Optional.of(Path.of(System.getProperty("kiosk.logs", "target/bench-logs"))),
                true,
                null,
                Optional.of(ADMIN),
                ENVIRONMENT);
    }

    private static Optional<Database> externalDatabase() {
        return env("KIOSK_DB_URL").map(url ->
                new Database(url, env("KIOSK_DB_USER").orElse("kiosk"), env("KIOSK_DB_PASSWORD").orElse("")));
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
