package io.kiosk.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One of Kiosk's applications, kept running by the launcher. When its process dies without being asked to stop
 * (a crash, an out-of-memory kill, a {@code kill -9}), the launcher says so at once on its console and starts it
 * again on the same port with the same environment; when it dies more often than {@link KioskSettings.Restarts}
 * allows, or will not come back, the launcher gives up and tells its owner, which stops the whole system.
 */
public final class SupervisedApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SupervisedApp.class);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final KioskSettings.Restarts restarts;
    private final Duration startupTimeout;
    private final Consumer<String> onGiveUp;
    private final ExecutorService supervisor;
    private final Deque<Instant> recentRestarts = new ArrayDeque<>();
    /** Guards the change of {@code current} against {@link #close()}: no process is started after the stop. */
    private final Object lifecycle = new Object();
    private volatile AppProcess current;
    private volatile CompletableFuture<AppProcess> ready = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile int restartCount;

    private SupervisedApp(String name, Path jar, int port, Map<String, String> environment, Path logFile,
                          KioskSettings.Restarts restarts, Duration startupTimeout, Consumer<String> onGiveUp) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.restarts = restarts;
        this.startupTimeout = startupTimeout;
        this.onGiveUp = onGiveUp;
        this.supervisor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "kiosk-supervisor-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the application; {@link #awaitReady} waits for it. Supervision begins once it is first ready:
     * an application that dies while it first starts fails the start instead.
     *
     * @param onGiveUp told why, on a thread of its own, when the application keeps dying
     */
    static SupervisedApp start(String name, Path jar, int port, Map<String, String> environment, Path logFile,
                               KioskSettings.Restarts restarts, Duration startupTimeout, Consumer<String> onGiveUp) {
        SupervisedApp app = new SupervisedApp(name, jar, port, environment, logFile, restarts, startupTimeout, onGiveUp);
        app.current = AppProcess.start(name, jar, port, environment, logFile);
        return app;
    }

    /** Waits for the first start; from then on the launcher watches the process. */
    void awaitFirstReady() {
        current.awaitReady(startupTimeout);
        ready.complete(current);
        watch(current);
    }

    public String name() {
        return name;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    /** The operating system's id of the application's current process. */
    public long pid() {
        return current.pid();
    }

    /** How often the launcher has restarted the application after it died. */
    public int restarts() {
        return restartCount;
    }

    /**
     * {@code kill -9} of the application's current process, as a crash: returns once the process is gone. The
     * launcher then notices, says so and restarts it, as for any other death; {@link #awaitReady} waits for that.
     */
    public void kill() {
        AppProcess victim = current;
        if (ready.isDone()) {
            ready = new CompletableFuture<>();
        }
        log.info("killing {} with SIGKILL, as a crash would", victim);
        victim.kill();
    }

    /**
     * Waits until the application is ready: at once when it runs, after its restart when it has died.
     *
     * @throws IllegalStateException if it is not ready in time, or the launcher gave up on it
     */
    public void awaitReady(Duration timeout) {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException gaveUp) {
            throw new IllegalStateException(gaveUp.getCause().getMessage(), gaveUp.getCause());
        } catch (TimeoutException late) {
            throw new IllegalStateException(name + " was not ready within " + timeout, late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, interrupted);
        }
    }

    private void watch(AppProcess process) {
        process.onExit().thenAcceptAsync(exitCode -> died(process, exitCode), supervisor);
    }

    private void died(AppProcess process, int exitCode) {
        if (stopping || process != current || jvmIsShuttingDown()) {
            return; // asked to stop, or Ctrl-C reached it too: the whole system is stopping
        }
        if (ready.isDone()) {
            ready = new CompletableFuture<>();
        }
        log.error("{} died: {}. The other parts of Kiosk keep running without it", process, describe(exitCode));
        while (!stopping) {
            if (!restartAllowed()) {
                giveUp(name + " died " + (restarts.max() + 1) + " times within " + human(restarts.within())
                        + "; Kiosk stops. Its log: " + (logFile == null ? "above" : logFile));
                return;
            }
            restartCount++;
            log.warn("restarting {} (restart {}, at most {} within {})", name, restartCount, restarts.max(), human(restarts.within()));
            long began = System.nanoTime();
            AppProcess next;
            synchronized (lifecycle) {
                if (stopping) {
                    return;
                }
                try {
                    next = AppProcess.restart(name, jar, port, environment, logFile);
                } catch (IllegalStateException cannotStart) {
                    giveUp(name + " cannot be started again: " + cannotStart.getMessage() + "; Kiosk stops");
                    return;
                }
                current = next;
            }
            try {
                next.awaitReady(startupTimeout);
            } catch (IllegalStateException notBack) {
                next.kill();
                log.error("{} did not come back: {}", name, notBack.getMessage());
                continue;
            }
            if (stopping) {
                return;
            }
            log.info("{} is back, ready after {} ms", next, Duration.ofNanos(System.nanoTime() - began).toMillis());
            ready.complete(next);
            watch(next);
            return;
        }
    }

    /** Fewer than {@code max} restarts within the last {@code within}. */
    private boolean restartAllowed() {
        Instant now = Instant.now();
        while (!recentRestarts.isEmpty() && recentRestarts.peekFirst().isBefore(now.minus(restarts.within()))) {
            recentRestarts.removeFirst();
        }
        if (recentRestarts.size() >= restarts.max()) {
            return false;
        }
        recentRestarts.addLast(now);
        return true;
    }

    private void giveUp(String reason) {
        log.error(reason);
        ready.completeExceptionally(new IllegalStateException(reason));
        Thread stop = new Thread(() -> onGiveUp.accept(reason), "kiosk-stop-" + name);
        stop.start();
    }

    static String describe(int exitCode) {
        if (exitCode > 128) {
            int signal = exitCode - 128;
            String known = switch (signal) {
                case 9 -> " (SIGKILL: killed, e.g. kill -9 or the out-of-memory killer)";
                case 15 -> " (SIGTERM)";
                case 6 -> " (SIGABRT: the JVM aborted)";
                case 2 -> " (SIGINT)";
                default -> "";
            };
            return "killed by signal " + signal + known + ", exit code " + exitCode;
        }
        return "exited with code " + exitCode;
    }

    private static String human(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** True once the JVM runs its shutdown hooks (Ctrl-C): hooks can no longer be added then. */
    private static boolean jvmIsShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    /** Stops the application gracefully (see {@link AppProcess#close()}) and no longer restarts it. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            stopping = true;
        }
        supervisor.shutdown();
        ready.completeExceptionally(new IllegalStateException(name + " was stopped"));
        current.close();
    }

    @Override
    public String toString() {
        return current.toString();
    }
}
