package io.kiosk.launcher;

import io.kiosk.infra.embedded.AtJvmExit;
import io.kiosk.infra.embedded.EmbeddedElasticsearch;
import io.kiosk.infra.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The whole Kiosk system, started in dependency order and closed in reverse: PostgreSQL, then
 * Elasticsearch, then the command side, the query side and the web app as separate processes, which the launcher
 * keeps running ({@link SupervisedApp}). Closed from its own JVM shutdown hook too (Ctrl-C), in the
 * same order: the embedded servers have no hooks of their own, which would stop them at the same
 * time as the applications that still use them.
 */
public final class KioskSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskSystem.class);
    /** A bound for a start that will never end, generous: on a busy 2-core machine a start has taken 3 minutes. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Thread stopOnExit = new Thread(this::close, "kiosk-stop-on-exit");
    private Database database;
    private Database queryDatabase;
    private String elasticsearchUrl;
    private LocalMailbox mailbox;
    private SupervisedApp commandSide;
    private SupervisedApp querySide;
    private SupervisedApp web;
    private KioskSettings settings;
    private Map<String, String> commandEnvironment;
    private Map<String, String> queryEnvironment;
    private Map<String, String> webEnvironment;
    private final CompletableFuture<String> stoppedItself = new CompletableFuture<>();

    private KioskSystem() {
    }

    /** Starts everything {@code settings} asks for; on any failure, stops what had started and throws. */
    public static KioskSystem start(KioskSettings settings) {
        KioskSystem system = new KioskSystem();
        // child processes outlive their parent unless stopped: stop them when this JVM exits (Ctrl-C too)
        Runtime.getRuntime().addShutdownHook(system.stopOnExit);
        try {
            system.startAll(settings);
            return system;
        } catch (RuntimeException failed) {
            system.close();
            throw failed;
        }
    }

    private void startAll(KioskSettings settings) {
        // the query side's own role, on the embedded server; on a configured one, KIOSK_QUERY_DB_USER and
        // KIOSK_QUERY_DB_PASSWORD from the environment (both applications read them), or the command side's role
        Map<String, String> querySideRole = new HashMap<>();
        database = settings.database().orElseGet(() -> {
            Path dataDirectory = settings.dataDirectory().resolve("postgres");
            log.info("no KIOSK_DB_URL configured: starting embedded PostgreSQL in {}", dataDirectory);
            EmbeddedPostgres postgres = remember(EmbeddedPostgres.start(dataDirectory, AtJvmExit.LEAVE_TO_OWNER));
            Database embedded = new Database(postgres.jdbcUrl(), postgres.username(), postgres.password());
            QueryDatabaseRole.prepare(embedded);
            querySideRole.put("KIOSK_QUERY_DB_USER", QueryDatabaseRole.NAME);
            querySideRole.put("KIOSK_QUERY_DB_PASSWORD", "");
            querySideRole.put("KIOSK_WEB_DB_USER", QueryDatabaseRole.WEB);
            querySideRole.put("KIOSK_WEB_DB_PASSWORD", "");
            return embedded;
        });
        elasticsearchUrl = settings.elasticsearchUrl().orElseGet(() -> {
            Path dataDirectory = settings.dataDirectory().resolve("elasticsearch");
            log.info("no KIOSK_ELASTICSEARCH_URL configured: starting embedded Elasticsearch in {}", dataDirectory);
            return remember(settings.persistent() ? EmbeddedElasticsearch.start(dataDirectory, AtJvmExit.LEAVE_TO_OWNER)
                    : EmbeddedElasticsearch.start(AtJvmExit.LEAVE_TO_OWNER)).httpUri().toString();
        });
        Map<String, String> shared = new HashMap<>(Map.of(
                "KIOSK_DB_URL", database.jdbcUrl(),
                "KIOSK_DB_USER", database.username(),
                "KIOSK_DB_PASSWORD", database.password(),
                "KIOSK_ELASTICSEARCH_URL", elasticsearchUrl,
                "KIOSK_JWKS_URL", "http://localhost:" + settings.commandPort() + "/.well-known/jwks.json",
                "KIOSK_PUBLIC_URL", "http://localhost:" + settings.commandPort()));
        // payments go through the built-in sandbox unless the environment names real providers
        shared.put("KIOSK_PAYMENTS_PROVIDER", System.getenv().getOrDefault("KIOSK_PAYMENTS_PROVIDER", "sandbox"));
        if (settings.localMail()) {
            mailbox = remember(LocalMailbox.start(0, settings.onMail()));
            shared.put("KIOSK_SMTP_HOST", "127.0.0.1");
            shared.put("KIOSK_SMTP_PORT", Integer.toString(mailbox.port()));
        }
        settings.admin().ifPresent(admin -> {
            shared.put("KIOSK_ADMIN_EMAIL", admin.email());
            shared.put("KIOSK_ADMIN_PASSWORD", admin.password());
        });
        if (!configured("KIOSK_PRIVACY_MASTER_KEY", settings)) {
            // the key of this installation's personal data: kept, or every name and address stored would be lost
            shared.put("KIOSK_PRIVACY_MASTER_KEY", LocalSecrets.devPrivacyMasterKey(settings.dataDirectory()));
            log.info("no KIOSK_PRIVACY_MASTER_KEY configured: personal data is encrypted under the key kept in {}",
                    settings.dataDirectory().resolve(LocalSecrets.PRIVACY_MASTER_KEY));
        }
        shared.putAll(querySideRole);
        // mails link to the web app's pages (verification, orders, refunds): where it runs here, unless the environment
        // says elsewhere (a proxy's address, say)
        shared.put("KIOSK_WEB_URL", System.getenv().getOrDefault("KIOSK_WEB_URL",
                "http://localhost:" + (settings.webJar().isPresent() ? settings.webPort() : 8082)));
        shared.putAll(settings.environment());
        queryDatabase = asTheQuerySide(database, shared);
        Map<String, String> commandEnvironment = with(shared, "KIOSK_COMMAND_PORT", settings.commandPort());
        if (!configured("KIOSK_JWT_PRIVATE_KEY", settings)) {
            // a key of this installation, so that sessions survive restarts of the command side and of the run command
            LocalSecrets.SigningKey key = LocalSecrets.devSigningKey(settings.dataDirectory());
            log.info("no KIOSK_JWT_PRIVATE_KEY configured: tokens are signed with the key kept in {}", key.privateKey());
            commandEnvironment.put("KIOSK_JWT_PRIVATE_KEY", key.privateKey().toUri().toString());
            commandEnvironment.put("KIOSK_JWT_PUBLIC_KEY", key.publicKey().toUri().toString());
        }
        if (settings.webJar().isPresent() && !configured("KIOSK_TRUSTED_PROXIES", settings)) {
            // the web app calls from this machine and names the shopper in X-Forwarded-For: the command side's limits
            // per client then count shoppers, not the web app (only a process on this machine can name another client)
            commandEnvironment.put("KIOSK_TRUSTED_PROXIES", "127.0.0.1,::1");
        }
        this.settings = settings;
        this.commandEnvironment = commandEnvironment;
        this.queryEnvironment = shared;
        commandSide = remember(SupervisedApp.start("command-side", settings.commandSideJar(), settings.commandPort(),
                commandEnvironment, settings.logFile("command-side"), settings.restarts(), STARTUP_TIMEOUT, this::stopBecause));
        querySide = remember(SupervisedApp.start("query-side", settings.querySideJar(), settings.queryPort(),
                with(shared, "KIOSK_QUERY_PORT", settings.queryPort()), settings.logFile("query-side"), settings.restarts(),
                STARTUP_TIMEOUT, this::stopBecause));
        if (settings.webJar().isPresent()) {
            // the web app is a client of the two APIs: it needs their addresses, and nothing of their stores; its own
            // sessions it keeps in the same PostgreSQL, in its own schema, as its own role
            Map<String, String> webEnvironment = new HashMap<>(Map.of(
                    "KIOSK_COMMAND_URL", "http://localhost:" + settings.commandPort(),
                    "KIOSK_QUERY_URL", "http://localhost:" + settings.queryPort(),
                    "KIOSK_DB_URL", database.jdbcUrl()));
            for (String variable : List.of("KIOSK_WEB_DB_USER", "KIOSK_WEB_DB_PASSWORD")) {
                String value = shared.getOrDefault(variable, System.getenv(variable));
                if (value != null) {
                    webEnvironment.put(variable, value);
                }
            }
            webEnvironment.putAll(settings.environment());
            this.webEnvironment = webEnvironment;
            web = remember(SupervisedApp.start("web", settings.webJar().get(), settings.webPort(),
                    with(webEnvironment, "KIOSK_WEB_PORT", settings.webPort()), settings.logFile("web"), settings.restarts(),
                    STARTUP_TIMEOUT, this::stopBecause));
        }
        commandSide.awaitFirstReady();
        querySide.awaitFirstReady();
        if (web != null) {
            web.awaitFirstReady();
        }
    }

    /**
     * One more instance of the command side beside the first, on {@code port}, with the same settings and stores: it
     * shares the processors' segments with the others through their token claims. Ready when this returns; the
     * caller stops it ({@link SupervisedApp#close()}), or it stops with the system.
     */
    public SupervisedApp startAnotherCommandSide(int port) {
        return another("command-side-" + port, settings.commandSideJar(), port, with(commandEnvironment, "KIOSK_COMMAND_PORT", port));
    }

    /** One more instance of the query side beside the first, on {@code port}, as {@link #startAnotherCommandSide}. */
    public SupervisedApp startAnotherQuerySide(int port) {
        return another("query-side-" + port, settings.querySideJar(), port, with(queryEnvironment, "KIOSK_QUERY_PORT", port));
    }

    /** One more instance of the web app beside the first, on {@code port}, as {@link #startAnotherCommandSide}. */
    public SupervisedApp startAnotherWeb(int port) {
        if (webEnvironment == null) {
            throw new IllegalStateException("started without the web app");
        }
        return another("web-" + port, settings.webJar().orElseThrow(), port, with(webEnvironment, "KIOSK_WEB_PORT", port));
    }

    private SupervisedApp another(String name, Path jar, int port, Map<String, String> environment) {
        SupervisedApp instance = remember(SupervisedApp.start(name, jar, port, environment, settings.logFile(name),
                settings.restarts(), STARTUP_TIMEOUT, this::stopBecause));
        instance.awaitFirstReady();
        return instance;
    }

    private static Map<String, String> with(Map<String, String> shared, String key, int port) {
        var environment = new HashMap<>(shared);
        environment.put(key, Integer.toString(port));
        return environment;
    }

    private static boolean configured(String variable, KioskSettings settings) {
        String value = settings.environment().getOrDefault(variable, System.getenv(variable));
        return value != null && !value.isBlank();
    }

    /** An application kept dying: stop everything, and say why to whoever waits for {@link #stoppedItself()}. */
    private void stopBecause(String reason) {
        close();
        stoppedItself.complete(reason);
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    public URI commandApi() {
        return commandSide.baseUri();
    }

    public URI queryApi() {
        return querySide.baseUri();
    }

    /** The command side's application, to follow or to break (fault tests). */
    public SupervisedApp commandSide() {
        return commandSide;
    }

    /** The query side's application, to follow or to break (fault tests). */
    public SupervisedApp querySide() {
        return querySide;
    }

    /** The web app's application, when it was started, to follow or to break (its sessions outlive it). */
    public Optional<SupervisedApp> web() {
        return Optional.ofNullable(web);
    }

    /**
     * Completes with the reason when the system stopped itself because an application kept dying (everything
     * is stopped by then); never completes otherwise.
     */
    public CompletableFuture<String> stoppedItself() {
        return stoppedItself;
    }

    /** The web app customers open, when it was started. */
    public URI webApp() {
        if (web == null) {
            throw new IllegalStateException("started without the web app");
        }
        return web.baseUri();
    }

    public Database database() {
        return database;
    }

    /** The database as the query side logs in to it: its own role, which owns the read models. */
    public Database queryDatabase() {
        return queryDatabase;
    }

    /** As the query side's configuration reads it: its role if one is given, else the command side's. */
    private static Database asTheQuerySide(Database database, Map<String, String> environment) {
        String user = setting("KIOSK_QUERY_DB_USER", environment);
        if (user == null) {
            return database;
        }
        String password = setting("KIOSK_QUERY_DB_PASSWORD", environment);
        return new Database(database.jdbcUrl(), user, password == null ? database.password() : password);
    }

    private static String setting(String variable, Map<String, String> environment) {
        String value = environment.containsKey(variable) ? environment.get(variable) : System.getenv(variable);
        return value == null || value.isBlank() ? null : value;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    /** The mailbox catching Kiosk's mails, when the system was started with local mail. */
    public LocalMailbox mailbox() {
        if (mailbox == null) {
            throw new IllegalStateException("started without local mail");
        }
        return mailbox;
    }

    /** Stops everything that was started, newest first; one failure does not keep the rest running. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception failed) {
                log.warn("could not stop {}: {}", resource, failed.getMessage());
            }
        }
    }
}
