package io.kiosk.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run command ({@link KioskLauncher}) as a person runs it in a terminal: a JVM of its own, leading a process
 * group of its own (what a shell makes of a foreground job), so that {@link #ctrlC()} can signal the whole group
 * as the terminal does. Its applications are stand-ins ({@link StandInApp}); PostgreSQL is the embedded one, with
 * its data in {@code dataDirectory}; Elasticsearch is not started (an address is configured, and nothing calls it).
 */
final class RunCommand implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Process process;
    private final Path dataDirectory;
    private final Path output;

    private RunCommand(Process process, Path dataDirectory, Path output) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.output = output;
    }

    /** Starts the run command, with stand-ins made in {@code standIns}, and waits until it says Kiosk is running. */
    static RunCommand start(Path standIns, Path dataDirectory, Path output) throws IOException, InterruptedException {
        // A build started in the background (nohup, "&" in a script) passes SIGINT on as ignored, and a JVM that starts
        // with SIGINT ignored never hears Ctrl-C: perl (perl-base, on every Debian) puts the default back before exec.
        List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!", "setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                "-Dkiosk.command-side.jar=" + StandInJar.commandSide(standIns),
                "-Dkiosk.query-side.jar=" + StandInJar.querySide(standIns),
                "-Dkiosk.web.jar=" + StandInJar.web(standIns),
                "-Dkiosk.data=" + dataDirectory, KioskLauncher.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("KIOSK_"));
        environment.put("KIOSK_ELASTICSEARCH_URL", "http://127.0.0.1:9");
        environment.put("KIOSK_COMMAND_PORT", Integer.toString(FreePorts.any()));
        environment.put("KIOSK_QUERY_PORT", Integer.toString(FreePorts.any()));
        environment.put("KIOSK_WEB_PORT", Integer.toString(FreePorts.any()));
        environment.put("STAND_IN_DATABASE_AT_SHUTDOWN", "true");
        RunCommand run = new RunCommand(builder.start(), dataDirectory, output);
        run.awaitOutput("Kiosk is running", STARTUP);
        return run;
    }

    /** What the run command and its applications printed so far. */
    String output() throws IOException {
        return Files.readString(output);
    }

    /** Ctrl-C in the terminal: SIGINT to every process of the group; waits until the run command has ended. */
    void ctrlC() throws IOException, InterruptedException {
        Process interrupt = new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start();
        if (interrupt.waitFor() != 0) {
            throw new IllegalStateException("could not signal the run command's process group " + process.pid());
        }
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            throw new AssertionError("the run command did not stop after Ctrl-C:\n" + output());
        }
    }

    private void awaitOutput(String part, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(part)) {
            if (!process.isAlive()) {
                throw new AssertionError("the run command ended (" + process.exitValue() + "):\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the run command did not say \"" + part + "\" within " + timeout + ":\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /**
     * Kills what is left, should a test have failed before its Ctrl-C: the run command, its applications, and its
     * PostgreSQL, which runs in a session of its own and would outlive them.
     */
    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        Path postmaster = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(postmaster)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(postmaster).get(0).strip())).ifPresent(ProcessHandle::destroy);
        }
    }
}
