package io.kiosk.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Kiosk application running as a child process ({@code java -jar}), configured only through
 * its environment, and known to be ready once its readiness probe answers UP.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * The applications' JVM options when {@link #JVM_OPTIONS} says none: quick to start and small (C1 alone, the serial
     * collector), for the run command on a laptop and the system tests, which start the applications again and again.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+UseSerialGC", "-Xmx512m");
    /**
     * Other JVM options for every application (the system property {@code kiosk.app.jvm-options} or the environment's
     * {@code KIOSK_APP_JVM_OPTIONS}, split at spaces): the benchmark gives the full JIT, since C1 alone runs steady
     * traffic at a fraction of C2's speed.
     */
    public static final String JVM_OPTIONS = "kiosk.app.jvm-options";

    private final String name;
    private final Process process;
    private final URI baseUri;
    private final Path log;

    private AppProcess(String name, Process process, URI baseUri, Path log) {
        this.name = name;
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /**
     * Starts {@code jar} on {@code port}. With a {@code log} file the process writes there (anew);
     * without one it shares this process's console.
     */
    public static AppProcess start(String name, Path jar, int port, Map<String, String> environment, Path log) {
        return start(name, jar, port, environment, log, false);
    }

    /** Starts {@code jar} again after it died: as {@link #start}, but its log goes on after the earlier run's. */
    static AppProcess restart(String name, Path jar, int port, Map<String, String> environment, Path log) {
        return start(name, jar, port, environment, log, true);
    }

    private static AppProcess start(String name, Path jar, int port, Map<String, String> environment, Path log,
                                    boolean appendToLog) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run the Maven build first)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (log == null) {
            builder.inheritIO();
        } else {
            try {
                Files.createDirectories(log.getParent());
            } catch (IOException unwritable) {
                throw new IllegalStateException("cannot create log directory " + log.getParent(), unwritable);
            }
            builder.redirectErrorStream(true).redirectOutput(appendToLog
                    ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        }
        try {
            return new AppProcess(name, builder.start(), URI.create("http://localhost:" + port), log);
        } catch (IOException failed) {
            throw new IllegalStateException("cannot start " + name + ": " + failed.getMessage(), failed);
        }
    }

    static List<String> jvmOptions() {
        String chosen = System.getProperty(JVM_OPTIONS, System.getenv("KIOSK_APP_JVM_OPTIONS"));
        return chosen == null || chosen.isBlank() ? QUICK_START : List.of(chosen.strip().split("\\s+"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the application reports itself ready, or fails with its last log lines. */
    public AppProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest readiness = HttpRequest.newBuilder(baseUri.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + tailOfLog());
            }
            try {
                HttpResponse<String> answer = HTTP.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, interrupted);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + tailOfLog());
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes with the exit code when the process has ended, however it ended. */
    CompletableFuture<Integer> onExit() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** {@code kill -9}: ends the process at once, as a crash would, and waits until it is gone. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, interrupted);
        }
    }

    public String name() {
        return name;
    }

    private String tailOfLog() {
        if (log == null || !Files.exists(log)) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(log);
            return "; last lines of " + log + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "; see " + log;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    /** Asks the application to shut down gracefully, and kills it if it has not within 20 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
