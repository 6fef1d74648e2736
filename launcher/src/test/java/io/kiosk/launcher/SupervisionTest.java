package io.kiosk.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher watches the applications it started: after a {@code kill -9} it says so at once and starts the
 * application again; an application that keeps dying stops the whole system with a clear message. The
 * applications here are stand-ins ({@link StandInApp}), started as real processes exactly like Kiosk's, so that
 * these cases take seconds; {@code CommandSideKilledDuringCheckoutsTest} does it to the real command side.
 */
class SupervisionTest {

    @TempDir
    Path directory;

    private LauncherLog launcher;
    private KioskSystem kiosk;

    @BeforeEach
    void listen() {
        launcher = new LauncherLog();
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        launcher.close();
    }

    private KioskSystem start(KioskSettings.Restarts restarts) throws Exception {
        return KioskSystem.start(new KioskSettings(StandInJar.commandSide(directory), StandInJar.querySide(directory),
                Optional.empty(), FreePorts.any(), FreePorts.any(), 0,
                Optional.of(new Database("jdbc:postgresql://localhost:1/none", "nobody", "")),
                Optional.of("http://127.0.0.1:9"), directory.resolve("data"), false,
                Optional.of(directory.resolve("logs")), false, null, Optional.empty(), Map.of(), restarts));
    }

    @Test
    void a_killed_application_is_reported_at_once_and_started_again() throws Exception {
        kiosk = start(new KioskSettings.Restarts(1, Duration.ofMinutes(1)));
        long victim = kiosk.commandSide().pid();
        long bystander = kiosk.querySide().pid();

        Instant killed = Instant.now();
        kiosk.commandSide().kill();

        Instant said = launcher.await("command-side (pid " + victim + ") died: killed by signal 9", Duration.ofSeconds(5))
                .orElseThrow(() -> new AssertionError("the launcher said nothing: " + launcher.lines()));
        assertThat(Duration.between(killed, said)).isLessThan(Duration.ofSeconds(2));
        kiosk.commandSide().awaitReady(Duration.ofSeconds(60));
        assertThat(kiosk.commandSide().pid()).isNotEqualTo(victim);
        assertThat(kiosk.commandSide().restarts()).isEqualTo(1);
        assertThat(launcher.lines()).anyMatch(line -> line.startsWith("INFO command-side (pid " + kiosk.commandSide().pid()
                + ") is back"));
        assertThat(kiosk.querySide().pid()).as("the query side ran on").isEqualTo(bystander);
        assertThat(kiosk.stoppedItself()).isNotDone();
    }

    @Test
    void an_application_that_keeps_dying_stops_the_whole_system_with_a_clear_message() throws Exception {
        kiosk = start(new KioskSettings.Restarts(1, Duration.ofMinutes(1)));
        long querySide = kiosk.querySide().pid();
        kiosk.commandSide().kill();
        kiosk.commandSide().awaitReady(Duration.ofSeconds(60));

        kiosk.commandSide().kill();

        String reason = kiosk.stoppedItself().get(60, TimeUnit.SECONDS);
        assertThat(reason).startsWith("command-side died 2 times within 1 min; Kiosk stops");
        assertThat(launcher.lines()).contains("ERROR " + reason);
        assertThat(ProcessHandle.of(querySide).map(ProcessHandle::isAlive).orElse(false))
                .as("the query side is stopped with the rest").isFalse();
    }
}
