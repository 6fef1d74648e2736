package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.bench.bareaxon.BareAxon;
import io.kiosk.launcher.Database;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** The benchmark's scenarios, in the order they run; each reports its Kiosk figures next to their baselines. */
final class Scenarios {

    static final String COMMANDS = "1. Commands: create carts and add items";
    static final String LAG = "3. Projection lag: command answer → order tracking shows it";
    static final String JOURNEYS = "2. Order journeys: checkout → sandbox payment → paid";
    static final String REPLAY = "4. Replay: reset a projection and rebuild it from the whole log";
    static final String QUERIES = "5. Queries";
    /**
     * How often the lag probe checks a cart out while commands are measured ({@code kiosk.bench.lag-probe-every}, ms).
     * A probe is a whole checkout (order process, stock, payment, mails, six projections): run back to back it would be
     * a second, heavier load beside the one measured, on the same two cores.
     */
    private static final Duration PROBE_EVERY = Duration.ofMillis(Long.getLong("kiosk.bench.lag-probe-every", 250));

    private final Bench bench;
    private final LoadRun load;
    private final Report report;
    /** Orders the journeys placed, per customer: what the tracking queries read. */
    private final Map<Integer, List<String>> ordersByCustomer = new ConcurrentHashMap<>();

    Scenarios(Bench bench, LoadRun load, Report report) {
        this.bench = bench;
        this.load = load;
        this.report = report;
    }

    /**
     * Before anything is measured: whole journeys (cart, items, checkout, payment, tracking) from a few clients for a
     * while, so that every path the scenarios take has been compiled. On two cores the applications' C2 compilers need
     * minutes of this (a round of commands ran at 37/s first and 56/s eight rounds later); without it the first
     * scenario measures the JIT. Answers how many journeys ran and how many failed.
     */
    long[] warmUp(Duration period, int clients) throws Exception {
        long until = System.nanoTime() + period.toNanos();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int warming = client;
                running.add(pool.submit(() -> {
                    for (long sequence = 0; System.nanoTime() < until; sequence++) {
                        try {
                            journey(warming, sequence);
                            done.incrementAndGet();
                        } catch (InterruptedException stopped) {
                            Thread.currentThread().interrupt();
                            return null;
                        } catch (Exception failure) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        bench.awaitQuiet();
        return new long[] {done.get(), failed.get()};
    }

    /**
     * Scenario 1 and 3: clients alternate between opening a cart and adding configured items to it (three per cart),
     * each request one command; meanwhile a probe of its own checks a cart out every {@link #PROBE_EVERY} and times
     * how long the order takes to show in tracking (asking tracking with the checkout's {@code Kiosk-Position}).
     */
    void commandsAndLag(List<Integer> clientCounts) throws Exception {
        Measurement idleLag = lagAlone(200);
        Measurement rawLag;
        try (RawPostgres raw = new RawPostgres(bench.kiosk.database(), 1); Connection listener = raw.listen()) {
            Histogram heard = new Histogram(60_000_000L, 3);
            for (int n = 0; n < 1200; n++) {
                long micros = raw.notifyLag(0, listener);
                if (n >= 200) {
                    heard.recordValue(micros);
                }
            }
            rawLag = Measurement.latencies("raw commit → LISTEN/NOTIFY heard (JDBC, idle)", 1, heard, 0);
        }
        report.add(LAG, idleLag, rawLag, Report.Target.p99(50));
        int prober = bench.customerCount() - 1;
        Database database = bench.kiosk.database();
        try (BareAxon.Running bareAxon = BareAxon.start(database.jdbcUrl(), database.username(), database.password())) {
            commandsAndLag(clientCounts, prober, rawLag, new Api(Api.client(), bareAxon.base()));
        }
        report.note(COMMANDS, "Bare Axon: a minimal Spring Boot + Axon 4.13 application of the benchmark's own (bench"
                + " module, io.kiosk.bench.bareaxon: one aggregate, the same two commands over HTTP with the same bodies,"
                + " Axon's JdbcEventStorageEngine with Jackson on the same PostgreSQL, no event processors, no security),"
                + " run in the benchmark's JVM, driven by the same load generator: what the framework alone costs.");
    }

    private void commandsAndLag(List<Integer> clientCounts, int prober, Measurement rawLag, Api bareAxon) throws Exception {
        for (int clients : clientCounts) {
            List<Api> customers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                customers.add(bench.customerCommands(client));
            }
            LagProbe probe = new LagProbe(bench.customerCommands(prober), bench.customerQueries(prober));
            Thread probing = new Thread(probe, "lag-probe");
            probing.start();
            Measurement commands;
            try {
                commands = sameCommands("commands (POST /api/carts, POST /api/carts/{id}/items)", clients, customers::get);
            } finally {
                probe.stop();
                probing.join();
            }
            Measurement single;
            Measurement batched;
            try (RawPostgres raw = new RawPostgres(bench.kiosk.database(), clients)) {
                single = load.measure("raw single-row-commit inserts (JDBC, " + raw.payloadBytes() + "-byte payload)", clients,
                        raw::insertOne);
                LoadRun batches = new LoadRun(Math.max(1, load.warmup() / RawPostgres.BATCH),
                        load.rounds(), Math.max(clients, load.operationsPerRound() / 10));
                Measurement perBatch = batches.measure("raw batched inserts", clients, raw::insertBatch);
                batched = new Measurement("raw batched inserts (" + RawPostgres.BATCH + " rows per commit), rows/s", clients,
                        perBatch.operations() * RawPostgres.BATCH, perBatch.errors(), perBatch.throughput() * RawPostgres.BATCH,
                        perBatch.slowestRound() * RawPostgres.BATCH, perBatch.fastestRound() * RawPostgres.BATCH,
                        perBatch.p50(), perBatch.p95(), perBatch.p99(), perBatch.max());
            }
            Measurement floor = load.measure("HTTP floor (GET /actuator/health/liveness, command side)", clients,
                    (client, sequence) -> {
                        if (bench.anonymousCommands().status("/actuator/health/liveness") != 200) {
                            throw new IllegalStateException("liveness probe failed");
                        }
                    });
            Measurement bare = sameCommands("bare Axon + Spring Boot, no processors (the same two commands)", clients,
                    client -> bareAxon);
            report.add(COMMANDS, commands, bare, clients <= 8 ? Report.Target.throughputRatio(0.5) : Report.Target.NONE);
            report.add(COMMANDS, commands, single, Report.Target.throughputRatio(0.5));
            report.add(COMMANDS, commands, batched, Report.Target.NONE);
            report.add(COMMANDS, commands, floor, Report.Target.NONE);
            Measurement lag = Measurement.latencies("lag under " + clients + " command clients", 1, probe.lags, probe.errors.get());
            report.add(LAG, lag, rawLag, Report.Target.p99(50));
        }
        report.note(LAG, "While commands are measured, a probe every " + PROBE_EVERY.toMillis() + " ms checks a one-item"
                + " cart out and asks GET /api/orders/{id}?position=P with the checkout's Kiosk-Position P: tracking"
                + " answers once its processor has handled the log up to P. The lag is the time from the checkout's answer"
                + " to tracking's; it includes one HTTP round trip to the query side.");
    }

    /** Clients that open a cart, add three configured items to it, open the next: one command per request. */
    private Measurement sameCommands(String name, int clients, IntFunction<Api> apiOf) throws Exception {
        List<String> carts = new ArrayList<>();
        int[] itemsInCart = new int[clients];
        for (int client = 0; client < clients; client++) {
            carts.add(null);
        }
        return load.measure(name, clients, (client, sequence) -> {
            Api api = apiOf.apply(client);
            if (carts.get(client) == null || itemsInCart[client] == 3) {
                carts.set(client, bench.shop.openCart(api));
                itemsInCart[client] = 0;
            } else {
                bench.shop.addItem(api, carts.get(client), bench.shop.item(sequence));
                itemsInCart[client]++;
            }
        });
    }

    private Measurement lagAlone(int probes) throws Exception {
        int prober = bench.customerCount() - 1;
        LagProbe probe = new LagProbe(bench.customerCommands(prober), bench.customerQueries(prober));
        for (int n = 0; n < probes / 4; n++) {
            probe.once(false);
        }
        for (int n = 0; n < probes; n++) {
            probe.once(true);
        }
        return Measurement.latencies("lag, nothing else running", 1, probe.lags, probe.errors.get());
    }

    /** Checks a one-item cart out and times the way to tracking, until stopped. */
    private final class LagProbe implements Runnable {

        final Histogram lags = new Histogram(60_000_000L, 3);
        final AtomicLong errors = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Api commands;
        private final Api queries;
        private long sequence;

        LagProbe(Api commands, Api queries) {
            this.commands = commands;
            this.queries = queries;
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    long began = System.nanoTime();
                    once(true);
                    Thread.sleep(Math.max(1, PROBE_EVERY.toMillis() - (System.nanoTime() - began) / 1_000_000));
                } catch (InterruptedException stopped) {
                    return;
                } catch (Exception failed) {
                    errors.incrementAndGet();
                }
            }
        }

        void once(boolean record) throws Exception {
            String cart = bench.shop.openCart(commands);
            bench.shop.addItem(commands, cart, bench.shop.item(sequence++));
            Api.Answer checkout = bench.shop.checkout(commands, cart, "ALIPAY");
            long answered = System.nanoTime();
            long position = checkout.position().orElseThrow(() -> new IllegalStateException("checkout without Kiosk-Position"));
            Api.Answer tracked = queries.get("/api/orders/" + checkout.text("orderId") + "?position=" + position);
            long micros = (System.nanoTime() - answered) / 1000;
            if (tracked.status() != 200) {
                errors.incrementAndGet();
            } else if (record) {
                synchronized (lags) {
                    lags.recordValue(Math.max(1, micros));
                }
            }
        }

        void stop() {
            running.set(false);
        }
    }

    /**
     * Scenario 2: whole journeys from concurrent customers: open a cart, add an item, check out, wait for the
     * sandbox payment page, pay, and wait until tracking shows the order paid. Compared with as many raw
     * single-row commits as the journey appends events.
     */
    void journeys(List<Integer> clientCounts, LoadRun journeys) throws Exception {
        long before = logSize();
        journey(0, 0);
        bench.awaitQuiet();
        long eventsPerJourney = logSize() - before;
        report.note(JOURNEYS, "A journey appends " + eventsPerJourney + " events (cart, order, stock, payment, order process)"
                + " and takes 5 requests plus the client's polls of tracking (every 2 ms) for the payment page and the"
                + " paid status; the baseline commits that many event-sized rows one by one, per journey.");
        for (int clients : clientCounts) {
            Measurement measured = journeys.measure("journeys (cart → checkout → sandbox payment → PAID in tracking)", clients,
                    (client, sequence) -> journey(client, sequence));
            Measurement raw;
            try (RawPostgres postgres = new RawPostgres(bench.kiosk.database(), clients)) {
                raw = journeys.measure("raw single-row commits, " + eventsPerJourney + " per journey (JDBC)", clients,
                        (client, sequence) -> {
                            for (int row = 0; row < eventsPerJourney; row++) {
                                postgres.insertOne(client, sequence);
                            }
                        });
            }
            report.add(JOURNEYS, measured, raw, Report.Target.NONE);
            bench.awaitQuiet();
        }
    }

    private long logSize() throws java.sql.SQLException {
        return count("SELECT count(*) FROM eventstore.domain_event_entry");
    }

    private long count(String query) throws java.sql.SQLException {
        try (Connection connection = HistoryGenerator.connect(bench.kiosk.database());
             var count = connection.createStatement().executeQuery(query)) {
            count.next();
            return count.getLong(1);
        }
    }

    private void journey(int client, long sequence) throws Exception {
        Api commands = bench.customerCommands(client);
        Api queries = bench.customerQueries(client);
        String cart = bench.shop.openCart(commands);
        bench.shop.addItem(commands, cart, bench.shop.item(sequence * 7));
        String order = bench.shop.checkout(commands, cart, Shop.PAYMENT_METHODS.get((int) (sequence % 3))).text("orderId");
        bench.shop.pay(bench.anonymousCommands(), bench.shop.paymentPage(queries, order));
        bench.shop.awaitStatus(queries, order, "PAID");
        ordersByCustomer.computeIfAbsent(client, c -> new CopyOnWriteArrayList<>()).add(order);
    }

    /**
     * Scenario 4: the back office resets each projection and it replays the whole log while the system runs on;
     * progress from GET /api/admin/projections/{name}. Compared with reading the event table front to back over
     * JDBC, and (for search) with bulk-indexing the index's documents straight into Elasticsearch.
     */
    void replays(List<String> projections) throws Exception {
        bench.awaitQuiet();
        long started = System.nanoTime();
        long rows = RawPostgres.readLog(bench.kiosk.database(), 1000);
        double seconds = (System.nanoTime() - started) / 1e9;
        Measurement read = Measurement.rate("raw sequential read of the event table (JDBC, 1000 rows per fetch), rows/s", 1, rows, 0,
                seconds);
        report.note(REPLAY, String.format("The log holds %,d events; reading it raw took %.1f s.", rows, seconds));
        for (String name : projections) {
            Measurement replay = replay(name);
            report.add(REPLAY, replay, read, Report.Target.throughputRatio(0.3));
            if (name.equals("order-search")) {
                RawElasticsearch elasticsearch = new RawElasticsearch(bench.http, URI.create(bench.kiosk.elasticsearchUrl()),
                        bench.json);
                String document = elasticsearch.sampleDocument();
                int documents = 100_000;
                long bulkStarted = System.nanoTime();
                elasticsearch.bulkIndex(document, documents);
                Measurement bulk = Measurement.rate("raw ES bulk indexing (" + RawElasticsearch.BULK + " order documents per"
                        + " request), docs/s", 1, documents, 0, (System.nanoTime() - bulkStarted) / 1e9);
                report.add(REPLAY, replay, bulk, Report.Target.NONE);
            }
        }
    }

    private Measurement replay(String name) throws Exception {
        bench.backOfficeQueries().post("/api/admin/projections/" + name + "/replay", null).expect(202);
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            JsonNode view = bench.backOfficeQueries().get("/api/admin/projections/" + name).expect(200).body();
            JsonNode progress = view.path("replay");
            if (!progress.path("failure").isMissingNode() && !progress.path("failure").isNull()) {
                throw new IllegalStateException("the replay of " + name + " failed: " + view);
            }
            if (!progress.path("finishedAt").isNull() && !progress.path("finishedAt").isMissingNode()
                    && view.path("status").asText().equals("LIVE")) {
                Duration took = Duration.between(Instant.parse(progress.path("startedAt").asText()),
                        Instant.parse(progress.path("finishedAt").asText()));
                long events = progress.path("eventsDone").asLong();
                report.note(REPLAY, String.format("%s: %,d events replayed in %.1f s (%s segments), %d dead letters.", name,
                        events, took.toMillis() / 1000.0, view.path("segments").path("total").asText(),
                        view.path("deadLetters").asLong()));
                return Measurement.rate("replay of " + name + ", events/s", 1, events, view.path("deadLetters").asLong(),
                        took.toMillis() / 1000.0);
            }
        }
        throw new IllegalStateException("the replay of " + name + " did not finish within an hour");
    }

    /**
     * Scenario 5: what customers, the back office and analysts read, each next to a raw primary-key read of
     * PostgreSQL and the HTTP floor of the same application (a trivial GET through Tomcat and security);
     * search also next to its own query sent straight to Elasticsearch.
     */
    void queries(List<Integer> clientCounts, List<String> quotes) throws Exception {
        JsonNode state = bench.projections();
        long orders = count("SELECT count(*) FROM query.order_tracking");
        report.note(QUERIES, String.format("Data: %,d orders in tracking, search and analytics; the log's head at %,d.", orders,
                state.path("head").asLong()));
        List<String> words = searchWords();
        List<String> searches = searches(words);
        List<String> analytics = analytics();
        List<String> productSearches = productSearches();
        List<String> suggestionRequests = suggestionRequests();
        Api analyst = bench.analystQueries();
        // search and analytics read a hundred thousand orders: a quarter of the operations keeps the run short
        LoadRun heavy = new LoadRun(Math.max(10, load.warmup() / 4), load.rounds(), Math.max(10, load.operationsPerRound() / 4));
        Api backOffice = bench.backOfficeQueries();
        RawElasticsearch elasticsearch = new RawElasticsearch(bench.http, URI.create(bench.kiosk.elasticsearchUrl()), bench.json);
        int most = clientCounts.stream().max(Integer::compare).orElse(1);
        for (int client = 0; client < most; client++) {
            for (int n = ordersByCustomer.getOrDefault(client, List.of()).size(); n < 5; n++) {
                journey(client, n);
            }
        }
        for (int clients : clientCounts) {
            List<Api> customers = new ArrayList<>();
            List<List<String>> theirOrders = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                customers.add(bench.customerQueries(client));
                theirOrders.add(ordersByCustomer.getOrDefault(client, List.of()));
            }
            Measurement floor = load.measure("HTTP floor (GET /actuator/health/liveness, same app)", clients, (client, sequence) -> {
                if (bench.anonymousQueries().status("/actuator/health/liveness") != 200) {
                    throw new IllegalStateException("liveness probe failed");
                }
            });
            Measurement pointRead;
            try (RawPointReads reads = new RawPointReads(bench.kiosk.database(), clients)) {
                pointRead = load.measure("raw PostgreSQL primary-key read (JDBC)", clients, reads::read);
            }
            Measurement quote = load.measure("quote (POST /api/quotes)", clients, (client, sequence) ->
                    bench.anonymousQueries().post("/api/quotes", quotes.get((int) (sequence % quotes.size()))).expect(200));
            report.add(QUERIES, quote, pointRead, Report.Target.p95(20));
            report.add(QUERIES, quote, floor, Report.Target.p95(20));
            Measurement tracking = load.measure("order tracking (GET /api/orders/{id}, the customer's own)", clients,
                    (client, sequence) -> {
                        List<String> own = theirOrders.get(client);
                        customers.get(client).get("/api/orders/" + own.get((int) (sequence % own.size()))).expect(200);
                    });
            report.add(QUERIES, tracking, pointRead, Report.Target.p95(20));
            report.add(QUERIES, tracking, floor, Report.Target.p95(20));
            Measurement list = load.measure("order list (GET /api/orders?size=20, the customer's own)", clients,
                    (client, sequence) -> customers.get(client).get("/api/orders?size=20").expect(200));
            report.add(QUERIES, list, floor, Report.Target.NONE);
            Measurement search = heavy.measure("order search (GET /api/search/orders, back office)", clients, (client, sequence) ->
                    backOffice.get(searches.get((int) (sequence % searches.size()))).expect(200));
            Measurement rawSearch = heavy.measure("the search's text query straight to Elasticsearch", clients,
                    (client, sequence) -> elasticsearch.search(words, sequence));
            report.add(QUERIES, search, rawSearch, Report.Target.p95(50));
            report.add(QUERIES, search, floor, Report.Target.p95(50));
            Measurement productSearch = heavy.measure("product search (GET /api/products?q=, words, synonyms, pinyin, typos)",
                    clients, (client, sequence) -> bench.anonymousQueries()
                            .get(productSearches.get((int) (sequence % productSearches.size()))).expect(200));
            Measurement plainProductSearch = heavy.measure("a plain match of the product names straight to Elasticsearch",
                    clients, (client, sequence) -> elasticsearch.plainProductSearch(PRODUCT_TEXTS, sequence));
            report.add(QUERIES, productSearch, plainProductSearch, Report.Target.p95(50));
            report.add(QUERIES, productSearch, floor, Report.Target.p95(50));
            Measurement suggestions = load.measure("search-box suggestions (GET /api/products/suggestions)", clients,
                    (client, sequence) -> bench.anonymousQueries()
                            .get(suggestionRequests.get((int) (sequence % suggestionRequests.size()))).expect(200));
            report.add(QUERIES, suggestions, floor, Report.Target.p95(50));
            Measurement reports = heavy.measure("analytics (GET /api/analytics/*, 90 days)", clients, (client, sequence) ->
                    analyst.get(analytics.get((int) (sequence % analytics.size()))).expect(200));
            report.add(QUERIES, reports, pointRead, Report.Target.NONE);
            report.add(QUERIES, reports, floor, Report.Target.NONE);
        }
        report.note(QUERIES, "Product search mixes " + productSearches.size() + " requests over " + PRODUCT_TEXTS.size()
                + " texts (Chinese words and near-phrases, synonyms, English with and without typos, pinyin and initials, two"
                + " words, texts that find nothing and get a did-you-mean and a fallback), with and without filters and sorts;"
                + " suggestions ask for every prefix of the same texts as a shopper types them (" + suggestionRequests.size()
                + " requests).");
        report.note(QUERIES, "Search mixes " + searches.size() + " requests: names (given names, surnames, full names),"
                + " products in English and Chinese, categories, with status, payment-method, date-range and amount-range"
                + " filters and every sort. Analytics cycles through " + analytics.size() + " reports over the last 90 days.");
    }

    /**
     * What shoppers type into the storefront's search box, every kind the product search answers: Chinese words and
     * near-phrases, synonyms (充电宝 for 移动电源), English with and without typos, pinyin whole and as initials, two
     * words, and texts that find nothing (which add "did you mean" and a fallback to the answer).
     */
    static final List<String> PRODUCT_TEXTS = List.of("充电器", "无线充电器", "智能锁", "智能门锁", "充电宝", "移动电源", "保险柜",
            "行李箱", "数据线", "台灯", "钥匙包", "charger", "wireless charger", "power bank", "smart lock", "chargr",
            "wireles charger", "lugage", "chongdianqi", "cdq", "zhinengsuo", "znms", "黑色 充电器", "快充 数据线", "地球宜",
            "qqxzy");

    private static List<String> productSearches() {
        List<String> sorts = List.of("", "&sort=price_asc", "&inStock=true", "&page=0&size=12");
        List<String> searches = new ArrayList<>();
        for (int n = 0; n < PRODUCT_TEXTS.size() * 2; n++) {
            searches.add("/api/products?q=" + java.net.URLEncoder.encode(PRODUCT_TEXTS.get(n % PRODUCT_TEXTS.size()),
                    java.nio.charset.StandardCharsets.UTF_8) + sorts.get(n % sorts.size()));
        }
        return searches;
    }

    /** The search box's requests as a shopper types: every prefix of each text, from its first character on. */
    private static List<String> suggestionRequests() {
        List<String> requests = new ArrayList<>();
        for (String text : PRODUCT_TEXTS) {
            for (int end = 1; end <= text.length(); end++) {
                requests.add("/api/products/suggestions?size=6&lang=" + (text.matches("[a-z ]+") ? "en" : "zh") + "&q="
                        + java.net.URLEncoder.encode(text.substring(0, end).strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return requests.stream().filter(request -> !request.endsWith("q=")).toList();
    }

    private List<String> searchWords() throws IOException, InterruptedException {
        List<String> words = new ArrayList<>(List.of("Wang", "Chen", "Smith", "Grace", "Wei Zhang", "Ada Sun", "Emma Li"));
        JsonNode products = bench.anonymousQueries().get("/api/products?size=50").expect(200).body();
        for (JsonNode product : products.path("hits")) {
            JsonNode name = product.path("name");
            if (name.has("en")) {
                words.add(name.path("en").asText());
            }
            if (name.has("zh")) {
                words.add(name.path("zh").asText());
            }
        }
        return words;
    }

    private static List<String> searches(List<String> words) {
        LocalDate today = LocalDate.now();
        List<String> statuses = List.of("", "&status=PAID", "&status=DELIVERED", "&status=AWAITING_PAYMENT,CANCELLED");
        List<String> filters = List.of("", "&paymentMethod=WECHAT_PAY", "&from=" + today.minusDays(30) + "&to=" + today,
                "&minTotal=100&maxTotal=2000");
        List<String> sorts = List.of("", "&sort=total,desc", "&sort=relevance", "&sort=placedAt,asc");
        List<String> searches = new ArrayList<>();
        for (int n = 0; n < words.size() * 4; n++) {
            String word = java.net.URLEncoder.encode(words.get(n % words.size()), java.nio.charset.StandardCharsets.UTF_8);
            searches.add("/api/search/orders?q=" + word + statuses.get(n % 4) + filters.get((n / 4) % 4) + sorts.get((n / 16) % 4));
        }
        searches.add("/api/search/orders?status=IN_FULFILMENT,SHIPPED");
        searches.add("/api/search/orders?from=" + today.minusDays(7) + "&sort=total,desc");
        return searches;
    }

    private static List<String> analytics() {
        LocalDate today = LocalDate.now();
        String period = "from=" + today.minusDays(90) + "&to=" + today;
        return List.of("/api/analytics/sales?" + period, "/api/analytics/sales?by=category&" + period,
                "/api/analytics/sales?by=product&" + period, "/api/analytics/funnel?" + period,
                "/api/analytics/refunds?" + period, "/api/analytics/refunds?by=reason&" + period,
                "/api/analytics/payment-methods?" + period, "/api/analytics/heatmap?" + period,
                "/api/analytics/top-products?" + period, "/api/analytics/top-products?by=revenue&" + period);
    }
}
