package io.kiosk.infra.embedded;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.Priority;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.kiosk.infra.embedded.EmbeddedElasticsearchSettings.NODE_NAME;

/**
 * A real single-node Elasticsearch started inside this JVM and reachable over HTTP on a free loopback port.
 *
 * <p>Why: tests and the local "run everything" command need a real Elasticsearch on machines that have only Java and
 * Maven (no Docker, no Elasticsearch download). The node is the server from {@code org.elasticsearch:elasticsearch}
 * with the Netty HTTP transport loaded from the class path, as Elasticsearch's own integration tests do. There is no
 * X-Pack (so no security, licensing or machine learning) and none of the optional modules (painless,
 * analysis-common, ingest-common, ...): only what the server provides itself, which includes the standard analyzer,
 * the usual field types, search, the common aggregations and external versioning, plus the {@code cjk} and
 * {@code english} analyzers of analysis-common ({@link LanguageAnalyzersPlugin}).
 *
 * <pre>{@code
 * try (EmbeddedElasticsearch es = EmbeddedElasticsearch.start()) {
 *     RestClient restClient = RestClient.builder(HttpHost.create(es.httpUri().toString())).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Logging goes to the Log4j 2 API; see {@link EmbeddedElasticsearchLogging}. Close the instance; a JVM shutdown
 * hook closes it otherwise, but nothing can clean up after a JVM that is killed.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOGGER = LogManager.getLogger(EmbeddedElasticsearch.class);
    private static final TimeValue STARTUP_TIMEOUT = TimeValue.timeValueSeconds(60);
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 30;

    private final Node node;
    private final Path homeDirectory;
    private final Path dataDirectory;
    private final URI httpUri;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::closeAtJvmExit, "embedded-elasticsearch-shutdown");

    private EmbeddedElasticsearch(Node node, Path homeDirectory, Path dataDirectory, URI httpUri, Duration startupTime,
                                  AtJvmExit atJvmExit) {
        this.node = node;
        this.homeDirectory = homeDirectory;
        this.dataDirectory = dataDirectory;
        this.httpUri = httpUri;
        this.startupTime = startupTime;
        // Tests that forget close() and applications that exit without closing their context would otherwise leave
        // the node's temporary directory behind (with data and a node.lock) for every run.
        if (atJvmExit == AtJvmExit.STOP_ITSELF) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Starts a node whose indices live in a temporary directory that {@link #close()} deletes.
     *
     * @throws EmbeddedInfrastructureException if the node cannot be created or started
     */
    public static EmbeddedElasticsearch start() {
        return start(AtJvmExit.STOP_ITSELF);
    }

    /**
     * Starts a node whose indices live in a temporary directory that {@link #close()} deletes; with
     * {@link AtJvmExit#LEAVE_TO_OWNER}, only {@link #close()} stops it.
     *
     * @throws EmbeddedInfrastructureException if the node cannot be created or started
     */
    public static EmbeddedElasticsearch start(AtJvmExit atJvmExit) {
        Path home = createTempHome();
        return start(home, home.resolve("data"), atJvmExit);
    }

    /**
     * Starts a node that keeps its indices in {@code dataDirectory} (created if missing), so that they survive
     * restarts, e.g. {@code ./.kiosk-data/es} for the local run. Only the node's home directory is temporary.
     *
     * @throws EmbeddedInfrastructureException if the node cannot be created or started, e.g. because another
     *                                         node holds the lock on {@code dataDirectory}
     */
    public static EmbeddedElasticsearch start(Path dataDirectory) {
        return start(dataDirectory, AtJvmExit.STOP_ITSELF);
    }

    /**
     * Starts a node that keeps its indices in {@code dataDirectory}, like {@link #start(Path)}; with
     * {@link AtJvmExit#LEAVE_TO_OWNER}, only {@link #close()} stops it.
     *
     * @throws EmbeddedInfrastructureException if the node cannot be created or started
     */
    public static EmbeddedElasticsearch start(Path dataDirectory, AtJvmExit atJvmExit) {
        return start(createTempHome(), dataDirectory.toAbsolutePath(), atJvmExit);
    }

    private static EmbeddedElasticsearch start(Path home, Path data, AtJvmExit atJvmExit) {
        long began = System.nanoTime();
        Node node = null;
        try {
            EmbeddedElasticsearchLogging.configure();
            warnIfBuildInfoIsMissing();
            Settings settings = EmbeddedElasticsearchSettings.forNode(home, data);
            Environment environment =
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> NODE_NAME);
            node = new ClasspathPluginsNode(environment,
                List.of(Netty4Plugin.class, RootEndpointPlugin.class, LanguageAnalyzersPlugin.class,
                    SmartChineseAnalysisPlugin.class, SynonymGraphPlugin.class, DeleteByQueryPlugin.class));
            node.start();
            awaitPrimariesStarted(node);
            URI uri = httpUriOf(node);
            return new EmbeddedElasticsearch(node, home, data, uri, Duration.ofNanos(System.nanoTime() - began), atJvmExit);
        } catch (NodeValidationException | RuntimeException e) {
            EmbeddedInfrastructureException failure = new EmbeddedInfrastructureException(
                "Could not start embedded Elasticsearch (home " + home + ", data " + data + "): " + e.getMessage(), e);
            cleanUpAfterFailedStart(node, home, failure);
            throw failure;
        } catch (Error e) {
            // e.g. ExceptionInInitializerError or NoClassDefFoundError from a class path conflict: still clean up
            cleanUpAfterFailedStart(node, home, e);
            throw e;
        }
    }

    /**
     * Elasticsearch reads its version from the manifest of the jar it was loaded from, and only if that location is a
     * plain {@code .jar} file. Inside a Spring Boot executable jar it is a nested jar, so Elasticsearch believes it
     * is an unknown snapshot build, reports version {@code 8.x.y-SNAPSHOT} and enables snapshot-only feature flags.
     */
    private static void warnIfBuildInfoIsMissing() {
        Build build = Build.current();
        if (build.isSnapshot() || "unknown".equals(build.hash())) {
            LOGGER.warn("Embedded Elasticsearch could not read its build information (version {}, hash {}) and runs "
                + "as a snapshot build with experimental feature flags enabled. In a Spring Boot executable jar, add "
                + "org.elasticsearch:elasticsearch to <requiresUnpack> of the spring-boot-maven-plugin.",
                build.qualifiedVersion(), build.hash());
        }
    }

    /**
     * Waits until every primary shard is started (status yellow or green) and no cluster-state update is pending,
     * so that the first request meets neither a "state not recovered" block nor an unassigned shard, e.g. after a
     * restart on a persistent data directory. A single node never allocates replicas, hence yellow, not green.
     */
    private static void awaitPrimariesStarted(Node node) {
        ClusterHealthRequest request = new ClusterHealthRequest(STARTUP_TIMEOUT)
            .waitForYellowStatus()
            .waitForEvents(Priority.LANGUID)
            .timeout(STARTUP_TIMEOUT);
        ClusterHealthResponse health = node.client().admin().cluster().health(request).actionGet();
        if (health.isTimedOut()) {
            throw new EmbeddedInfrastructureException("Embedded Elasticsearch did not reach status yellow within "
                + STARTUP_TIMEOUT + "; status " + health.getStatus() + ", unassigned shards " + health.getUnassignedShards());
        }
    }

    private static URI httpUriOf(Node node) {
        TransportAddress address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        return URI.create("http://" + address.getAddress() + ":" + address.getPort());
    }

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:41235}. */
    public URI httpUri() {
        return httpUri;
    }

    /** The HTTP port the operating system chose at start. */
    public int httpPort() {
        return httpUri.getPort();
    }

    /** Where the indices are stored: the directory given to {@link #start(Path)}, or one inside the temporary home. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** How long {@code start} took, from creating the node until all primaries were started. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Stops the node and deletes its temporary home directory, including the data unless a data directory was given.
     * Does nothing if already closed. If the JVM exits without this call, a shutdown hook does the same.
     *
     * @throws EmbeddedInfrastructureException if the node does not stop or its files cannot be deleted
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook); // false if none was registered
        } catch (IllegalStateException jvmIsShuttingDown) {
            // close() called from another shutdown hook (e.g. Spring's): ours runs as well and finds us closed
        }
        stopAndDelete();
    }

    /** Closes the node when the JVM exits without {@link #close()}; a failure is reported by the hook thread. */
    private void closeAtJvmExit() {
        if (closed.compareAndSet(false, true)) {
            stopAndDelete();
        }
    }

    private void stopAndDelete() {
        EmbeddedInfrastructureException failure = stopNode();
        try {
            Directories.deleteRecursively(homeDirectory);
        } catch (UncheckedIOException e) {
            EmbeddedInfrastructureException deleteFailure =
                new EmbeddedInfrastructureException("Could not delete " + homeDirectory, e);
            if (failure == null) {
                failure = deleteFailure;
            } else {
                failure.addSuppressed(deleteFailure);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private EmbeddedInfrastructureException stopNode() {
        try {
            node.close();
            if (!node.awaitClose(SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return new EmbeddedInfrastructureException(
                    "Embedded Elasticsearch did not stop within " + SHUTDOWN_TIMEOUT_SECONDS + " seconds");
            }
            return null;
        } catch (IOException e) {
            return new EmbeddedInfrastructureException("Could not stop embedded Elasticsearch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EmbeddedInfrastructureException("Interrupted while stopping embedded Elasticsearch", e);
        }
    }

    private static Path createTempHome() {
        try {
            return Files.createTempDirectory("kiosk-es-");
        } catch (IOException e) {
            throw new EmbeddedInfrastructureException("Could not create a temporary directory for Elasticsearch", e);
        }
    }

    private static void cleanUpAfterFailedStart(Node node, Path home, Throwable failure) {
        if (node != null) {
            try {
                node.close();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        try {
            Directories.deleteRecursively(home);
        } catch (UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedElasticsearch[" + httpUri + ", data " + dataDirectory + "]";
    }
}
